#include "stillpoint/ui/text.h"

#include <array>
#include <utility>

namespace stillpoint::ui {

Text Text::key(std::string key) { return Text(std::move(key), true); }
Text Text::literal(std::string text) { return Text(std::move(text), false); }

std::string Text::resolve(const Translator& translate) const {
  if (!is_key_ || !translate) return value_;
  return translate(value_);
}

namespace {
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if (!is_continuation(c)) ++n;
  return n;
}

void utf8_pop_back(std::string& text) {
  while (!text.empty() && is_continuation(text.back())) text.pop_back();
  if (!text.empty()) text.pop_back();
}

std::string keyboard_upper(std::string_view letter) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> accented{{
      {"á", "Á"}, {"é", "É"}, {"í", "Í"}, {"ó", "Ó"}, {"ú", "Ú"}, {"ñ", "Ñ"}, {"ü", "Ü"}}};
  if (letter.size() == 1 && letter[0] >= 'a' && letter[0] <= 'z')
    return std::string(1, static_cast<char>(letter[0] - 'a' + 'A'));
  for (const auto& [lower, upper] : accented)
    if (letter == lower) return std::string(upper);
  return std::string(letter);
}

}  // namespace stillpoint::ui
