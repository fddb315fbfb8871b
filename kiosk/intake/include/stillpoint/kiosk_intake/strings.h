#pragma once
// The renderer's own words (Back, Next, Change, Required...) in English and Spanish, from
// kiosk/intake/strings.json, with an optional app translator consulted first.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stillpoint/ui/text.h"

namespace stillpoint::kiosk_intake {

// Looks up "intake.*" keys in the reading language. The kiosk may pass its own translator (so a
// clinic's assets/i18n can reword the form's buttons); a translator that returns the key
// unchanged means "not mine", and the built-in catalog answers. A key missing everywhere is
// shown as the English text, never as a bare key.
class IntakeStrings {
public:
  explicit IntakeStrings(std::string language = "en", ui::Translator override_translate = {});

  void set_language(std::string language) { language_ = std::move(language); }
  const std::string& language() const { return language_; }
  // The text for `key` now.
  std::string get(std::string_view key) const;
  // `key` with each "{name}" replaced by its value.
  std::string format(std::string_view key,
                     const std::vector<std::pair<std::string, std::string>>& values) const;

  // Every key of the built-in catalog for `language` (for the catalog tests).
  static std::vector<std::string> keys(std::string_view language);

private:
  std::string language_;
  ui::Translator override_;
};

}  // namespace stillpoint::kiosk_intake
