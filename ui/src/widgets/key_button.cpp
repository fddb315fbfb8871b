#include "stillpoint/ui/widgets/key_button.h"

#include "stillpoint/ui/screen.h"

namespace stillpoint::ui {

KeyButton::KeyButton(std::string insert)
    : Button(Text::literal(insert), {}, ButtonStyle::key), insert_(std::move(insert)) {}

KeyButton::KeyButton(Key key, Text label, ButtonIcon icon)
    : Button(std::move(label), {}, ButtonStyle::key), key_(key) {
  set_icon(icon);
}

void KeyButton::set_insert(std::string insert) {
  if (insert == insert_) return;
  insert_ = std::move(insert);
  set_label(Text::literal(insert_));
}

void KeyButton::fire(const UiContext& ctx) {
  Screen* s = screen();
  if (s == nullptr) return;
  // Through the screen, exactly like a physical keyboard: one path for all typing.
  if (key_ != Key::none)
    s->deliver_key(ctx, key_);
  else
    s->deliver_text(ctx, insert_);
  Button::fire(ctx);
}

}  // namespace stillpoint::ui
