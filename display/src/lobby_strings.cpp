#include "stillpoint/display/lobby_strings.h"

#include <nlohmann/json.hpp>

#include "lobby_strings_data.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::display {
namespace {

using Catalog = std::map<std::string, std::string, std::less<>>;

Catalog read_language(JsonObjectReader& r, std::string_view language) {
  Catalog out;
  const auto& object = r.object(language);
  for (const auto& [key, value] : object.items()) {
    if (!value.is_string()) throw FieldError(r.path_of(language) + "." + key, "strings must be text");
    out.emplace(key, value.get<std::string>());
  }
  return out;
}

}  // namespace

const LobbyStrings& LobbyStrings::builtin() {
  // Parsed once on first use; immutable afterwards, so sharing it is safe.
  static const LobbyStrings strings = from_json_text(kLobbyStringsJson);
  return strings;
}

LobbyStrings LobbyStrings::from_json_text(std::string_view text) {
  const auto document = parse_json_document(text);
  JsonObjectReader r(document);
  LobbyStrings s;
  s.en_ = read_language(r, "en");
  s.es_ = read_language(r, "es");
  r.finish();
  return s;
}

std::string LobbyStrings::get(std::string_view language, std::string_view key) const {
  const Catalog& catalog = language == "es" ? es_ : en_;
  const auto found = catalog.find(key);
  return found == catalog.end() ? std::string(key) : found->second;
}

std::string LobbyStrings::format(std::string_view language, std::string_view key,
                                 const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string text = get(language, key);
  for (const auto& [name, value] : values) {
    const std::string mark = "{" + name + "}";
    for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
      text.replace(at, mark.size(), value);
  }
  return text;
}

std::vector<std::string> LobbyStrings::unpaired_keys() const {
  std::vector<std::string> out;
  for (const auto& [key, value] : en_)
    if (!es_.contains(key)) out.push_back(key);
  for (const auto& [key, value] : es_)
    if (!en_.contains(key)) out.push_back(key);
  return out;
}

}  // namespace stillpoint::display
