#pragma once
// Text shown to a person: either a catalog key resolved in the current language at draw time
// (so switching language re-renders at once) or literal text such as a ticket code or a
// person's own input.
#include <functional>
#include <string>
#include <string_view>

namespace stillpoint::ui {

// Looks a catalog key up in the current language. The app owns the catalogs; the toolkit only
// calls this. Returning the key itself is the identity fallback.
using Translator = std::function<std::string(std::string_view key)>;

// A piece of display text: a translation key or a literal. Empty by default.
class Text {
public:
  Text() = default;
  // Text looked up through the Translator each time it is shown.
  static Text key(std::string key);
  // Text shown as is (never translated).
  static Text literal(std::string text);

  // The string to show now.
  std::string resolve(const Translator& translate) const;
  bool empty() const { return value_.empty(); }
  bool is_key() const { return is_key_; }
  // The key or literal as given.
  const std::string& raw() const { return value_; }
  friend bool operator==(const Text&, const Text&) = default;

private:
  Text(std::string value, bool is_key) : value_(std::move(value)), is_key_(is_key) {}
  std::string value_;
  bool is_key_ = false;
};

// Short spellings for screens built in code: tr("welcome.start"), literal("A-07").
inline Text tr(std::string key) { return Text::key(std::move(key)); }
inline Text literal(std::string text) { return Text::literal(std::move(text)); }

// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t utf8_length(std::string_view text);
// `text` without its last code point (empty stays empty).
void utf8_pop_back(std::string& text);
// Upper-case of the letters the on-screen keyboard offers (a-z, á é í ó ú ñ ü); others unchanged.
std::string keyboard_upper(std::string_view letter);

}  // namespace stillpoint::ui
