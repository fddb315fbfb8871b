#include "stillpoint/kiosk/catalog.h"

#include <fstream>
#include <sstream>

#include "stillpoint/core/json_reader.h"

namespace stillpoint::kiosk {

std::string Catalog::get(std::string_view key) const {
  const auto it = entries_.find(key);
  return it == entries_.end() ? std::string(key) : it->second;
}

std::set<std::string> Catalog::keys() const {
  std::set<std::string> out;
  for (const auto& [key, value] : entries_) out.insert(key);
  return out;
}

Catalog catalog_from_json_text(std::string_view text) {
  const auto document = parse_json_document(text);
  if (!document.is_object()) throw FieldError("", "a catalog must be a JSON object");
  std::map<std::string, std::string, std::less<>> entries;
  for (const auto& [key, value] : document.items()) {
    if (key == "$comment") continue;
    if (!value.is_string() || value.get_ref<const std::string&>().empty())
      throw FieldError(key, key + " must be a non-empty string");
    entries.emplace(key, value.get<std::string>());
  }
  return Catalog(std::move(entries));
}

Catalog load_catalog_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FieldError("", "cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  try {
    return catalog_from_json_text(text.str());
  } catch (const FieldError& e) {
    throw FieldError(e.field(), path.filename().string() + ": " + e.what());
  }
}

Catalogs load_catalogs(const std::filesystem::path& i18n_dir) {
  return {load_catalog_file(i18n_dir / "en.json"), load_catalog_file(i18n_dir / "es.json")};
}

ui::Translator make_translator(const Catalogs& catalogs, std::string language) {
  const Catalog* catalog = &catalogs.for_language(language);
  return [catalog](std::string_view key) { return catalog->get(key); };
}

std::string fill(std::string_view pattern,
                 const std::vector<std::pair<std::string_view, std::string>>& values) {
  std::string out;
  out.reserve(pattern.size() + 32);
  std::size_t i = 0;
  while (i < pattern.size()) {
    const auto open = pattern.find('{', i);
    const auto close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(i, open - i));
    const auto name = pattern.substr(open + 1, close - open - 1);
    bool replaced = false;
    for (const auto& [key, value] : values) {
      if (key == name) {
        out.append(value);
        replaced = true;
        break;
      }
    }
    if (!replaced) out.append(pattern.substr(open, close - open + 1));
    i = close + 1;
  }
  out.append(pattern.substr(std::min(i, pattern.size())));
  return out;
}

}  // namespace stillpoint::kiosk
