#pragma once
// Text shown to a person in the form's own language plus its translations, read from FHIR's
// standard translation extension (http://hl7.org/fhir/StructureDefinition/translation).
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stillpoint::forms {

inline constexpr const char* kTranslationUrl =
    "http://hl7.org/fhir/StructureDefinition/translation";

// One piece of text with its translations keyed by language code ("es").
// A missing translation falls back to the form's own text, so a person never sees a blank.
struct LocalizedText {
  std::string text;
  std::map<std::string, std::string, std::less<>> translations;

  // The text in `language`: an exact match ("es-MX"), then the base language ("es"), then
  // the original text.
  const std::string& in(std::string_view language) const;
  bool empty() const { return text.empty(); }
};

// Reads `owner[key]` with its translations from `owner["_" + key]`. An absent key gives empty
// text. Throws FieldError (path-prefixed) when the text or a translation is malformed.
LocalizedText read_localized(const nlohmann::json& owner, const std::string& key,
                             const std::string& path);

}  // namespace stillpoint::forms
