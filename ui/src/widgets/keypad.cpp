#include "stillpoint/ui/widgets/keypad.h"

#include <algorithm>

#include "stillpoint/ui/widgets/key_button.h"

namespace stillpoint::ui {

namespace {
constexpr int kGap = 16;
constexpr int kMaxWidth = 720;  // a keypad wider than this is harder to use, not easier
}  // namespace

Keypad::Keypad(Text erase_label, std::optional<std::string> extra_key)
    : has_extra_(extra_key.has_value()) {
  for (char d = '1'; d <= '9'; ++d) add<KeyButton>(std::string(1, d));
  if (extra_key) add<KeyButton>(*extra_key);
  add<KeyButton>("0");
  add<KeyButton>(Key::backspace, std::move(erase_label), ButtonIcon::backspace);
}

int Keypad::key_height(const UiContext& ctx) const { return ctx.target() + ctx.px(16); }

Size Keypad::measure(const UiContext& ctx, int width) {
  return {std::min(width, ctx.px(kMaxWidth)), 4 * key_height(ctx) + 3 * ctx.px(kGap)};
}

void Keypad::arrange_children(const UiContext& ctx, Rect bounds) {
  const int width = std::min(bounds.w, ctx.px(kMaxWidth));
  const int x0 = bounds.x + (bounds.w - width) / 2;
  const int gap = ctx.px(kGap);
  const int kw = (width - 2 * gap) / 3;
  const int kh = key_height(ctx);
  // Cells 0..11 in reading order; without the extra key, cell 9 stays empty.
  int cell = 0;
  for (const auto& key : children()) {
    if (cell == 9 && !has_extra_) ++cell;
    const int row = cell / 3;
    const int col = cell % 3;
    key->arrange(ctx, {x0 + col * (kw + gap), bounds.y + row * (kh + gap), kw, kh});
    ++cell;
  }
}

}  // namespace stillpoint::ui
