#include "stillpoint/kiosk_intake/strings.h"

#include <nlohmann/json.hpp>

#include "strings_data.h"

namespace stillpoint::kiosk_intake {

namespace {

// Parsed once per process on first use; read-only afterwards (a constant, not state).
const nlohmann::json& catalog() {
  static const nlohmann::json parsed = nlohmann::json::parse(detail::strings_json());
  return parsed;
}

// "es-MX" reads the "es" catalog; anything unknown reads English.
const nlohmann::json& table(std::string_view language) {
  const auto& all = catalog();
  const std::string base(language.substr(0, language.find('-')));
  return all.contains(base) ? all.at(base) : all.at("en");
}

}  // namespace

IntakeStrings::IntakeStrings(std::string language, ui::Translator override_translate)
    : language_(std::move(language)), override_(std::move(override_translate)) {}

std::string IntakeStrings::get(std::string_view key) const {
  if (override_) {
    std::string found = override_(key);
    if (!found.empty() && found != key) return found;
  }
  const std::string k(key);
  const auto& t = table(language_);
  if (t.contains(k)) return t.at(k).get<std::string>();
  const auto& en = table("en");
  return en.contains(k) ? en.at(k).get<std::string>() : k;
}

std::string IntakeStrings::format(
    std::string_view key, const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string text = get(key);
  for (const auto& [name, value] : values) {
    const std::string mark = "{" + name + "}";
    for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + value.size()))
      text.replace(at, mark.size(), value);
  }
  return text;
}

std::vector<std::string> IntakeStrings::keys(std::string_view language) {
  std::vector<std::string> out;
  const auto& all = catalog();
  const std::string lang(language);
  if (!all.contains(lang)) return out;
  for (const auto& [key, value] : all.at(lang).items()) out.push_back(key);
  return out;
}

}  // namespace stillpoint::kiosk_intake
