#include "stillpoint/ui/widgets/text_field.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {

namespace {
constexpr int kPadding = 28;

// Overwrites the bytes before releasing them, so a wiped answer does not linger in the heap.
void wipe(std::string& s) {
  std::fill(s.begin(), s.end(), '\0');
  s.clear();
}
}  // namespace

TextField::TextField(Text placeholder, std::size_t max_length)
    : placeholder_(std::move(placeholder)), max_length_(max_length) {
  value_.reserve(max_length * 4);  // no reallocation leaves copies of typed text behind
}

void TextField::set_value(std::string value) {
  wipe(value_);
  value_ = std::move(value);
  while (utf8_length(value_) > max_length_) utf8_pop_back(value_);
  invalidate();
}

void TextField::clear() {
  wipe(value_);
  invalidate();
}

void TextField::set_masked(bool masked) {
  masked_ = masked;
  invalidate();
}

void TextField::changed() {
  invalidate();
  if (auto callback = on_change_) callback(value_);
}

Size TextField::measure(const UiContext& ctx, int width) {
  const int line = ctx.text->line_height(FontSize::normal);
  return {width, std::max(ctx.target(), line + 2 * ctx.px(kPadding))};
}

bool TextField::on_pointer(const UiContext&, PointerPhase, Point) { return true; }

bool TextField::on_text(const UiContext&, std::string_view utf8) {
  std::size_t length = utf8_length(value_);
  bool added = false;
  // Code point by code point, so the length limit never splits a character.
  for (std::size_t i = 0; i < utf8.size() && length < max_length_;) {
    std::size_t n = 1;
    while (i + n < utf8.size() && (static_cast<unsigned char>(utf8[i + n]) & 0xC0) == 0x80) ++n;
    if (static_cast<unsigned char>(utf8[i]) >= 0x20) {
      value_.append(utf8.substr(i, n));
      ++length;
      added = true;
    }
    i += n;
  }
  if (added) changed();
  return true;
}

bool TextField::on_key(const UiContext&, Key key) {
  if (key == Key::backspace) {
    if (!value_.empty()) {
      utf8_pop_back(value_);
      changed();
    }
    return true;
  }
  if (key == Key::enter && on_submit_) {
    auto callback = on_submit_;
    callback();
    return true;
  }
  return false;
}

std::string TextField::shown() const {
  if (!masked_) return value_;
  std::string dots;
  for (std::size_t i = 0; i < utf8_length(value_); ++i) dots += "•";
  return dots;
}

void TextField::draw(Painter& painter) const {
  const Theme& t = painter.theme();
  const Rect b = bounds();
  const bool active = focused();
  painter.fill_rounded_outlined(b, painter.px(t.radius), t.surface, active ? t.primary : t.border,
                                std::max(1, painter.px(active ? 4 : 2)));
  const int pad = painter.px(kPadding);
  const Rect box{b.x + pad, b.y, b.w - 2 * pad, b.h};
  const TextStyle style{FontSize::normal};
  Size drawn{0, 0};
  if (value_.empty())
    painter.text(painter.context().resolve(placeholder_), style, t.text_muted, box);
  else
    drawn = painter.text(shown(), style, t.text, box);
  if (!active) return;
  // A steady caret: blinking would wake an idle kiosk twice a second for nothing.
  const int line = painter.context().text->line_height(FontSize::normal);
  painter.fill_rect({box.x + drawn.w + painter.px(4), b.y + (b.h - line) / 2, std::max(2, painter.px(4)), line},
                    t.primary);
}

}  // namespace stillpoint::ui
