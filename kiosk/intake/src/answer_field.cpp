#include "stillpoint/kiosk_intake/answer_field.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/tap.h"

namespace stillpoint::kiosk_intake {

namespace {
constexpr int kPadding = 28;
}  // namespace

AnswerField::AnswerField(std::string value, ui::Text placeholder, std::function<void()> on_tap)
    : value_(std::move(value)), placeholder_(std::move(placeholder)), on_tap_(std::move(on_tap)) {}

ui::Size AnswerField::measure(const ui::UiContext& ctx, int width) {
  const int inner = std::max(1, width - 2 * ctx.px(kPadding));
  const std::string shown = value_.empty() ? ctx.resolve(placeholder_) : value_;
  const ui::Size text = ctx.text->measure(shown, {ui::FontSize::normal}, inner);
  return {width, std::max(ctx.target(), text.h + 2 * ctx.px(kPadding))};
}

void AnswerField::draw(ui::Painter& painter) const {
  const ui::Theme& t = painter.theme();
  const ui::Rect b = bounds();
  painter.fill_rounded_outlined(b, painter.px(t.radius), pressed_ ? t.surface_pressed : t.surface,
                                t.border, std::max(1, painter.px(3)));
  const ui::Rect box = b.inset(painter.px(kPadding));
  if (value_.empty())
    painter.text(painter.context().resolve(placeholder_), {ui::FontSize::normal}, t.text_muted, box, true);
  else
    painter.text(value_, {ui::FontSize::normal}, t.text, box, true);
}

bool AnswerField::on_pointer(const ui::UiContext& ctx, ui::PointerPhase phase, ui::Point position) {
  const ui::TapEvent tap = ui::track_tap(pressed_, phase, bounds().contains(position));
  if (tap.redraw) invalidate();
  if (tap.tapped) activate(ctx);
  return true;
}

void AnswerField::activate(const ui::UiContext&) {
  if (auto callback = on_tap_) callback();
}

}  // namespace stillpoint::kiosk_intake
