#include "stillpoint/ui/widgets/label.h"

#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {

Label::Label(Text text, FontSize size, TextAlign align)
    : text_(std::move(text)), size_(size), align_(align), bold_(size == FontSize::large) {}

void Label::set_text(Text text) {
  if (text == text_) return;
  text_ = std::move(text);
  invalidate_layout();
}

void Label::set_bold(bool bold) {
  bold_ = bold;
  invalidate_layout();
}

void Label::set_muted(bool muted) {
  muted_ = muted;
  invalidate();
}

void Label::set_on_primary(bool on_primary) {
  on_primary_ = on_primary;
  invalidate();
}

Size Label::measure(const UiContext& ctx, int width) {
  const Size s = ctx.text->measure(ctx.resolve(text_), style(), std::max(1, width));
  return {width, s.h};
}

void Label::draw(Painter& painter) const {
  const Theme& t = painter.theme();
  const Color color = on_primary_ ? t.on_primary : (muted_ ? t.text_muted : t.text);
  painter.text(painter.context().resolve(text_), style(), color, bounds(), true);
}

}  // namespace stillpoint::ui
