#pragma once
// The lobby's own words in English and Spanish (display/strings.json, built into the library).
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace stillpoint::display {

// A two-language catalog with {name} placeholders. Unknown keys come back as the key itself,
// so a missing string is visible in screenshots instead of blank.
class LobbyStrings {
public:
  // The catalog built from display/strings.json.
  static const LobbyStrings& builtin();
  // Reads a catalog document {"en": {...}, "es": {...}}. Throws FieldError.
  static LobbyStrings from_json_text(std::string_view text);

  // The string for `key` in `language` ("en" or "es"; others read English).
  std::string get(std::string_view language, std::string_view key) const;
  // The string with each {name} replaced by its value.
  std::string format(std::string_view language, std::string_view key,
                     const std::vector<std::pair<std::string, std::string>>& values) const;
  // Keys present in one language but not the other (a test keeps this empty).
  std::vector<std::string> unpaired_keys() const;

private:
  std::map<std::string, std::string, std::less<>> en_;
  std::map<std::string, std::string, std::less<>> es_;
};

}  // namespace stillpoint::display
