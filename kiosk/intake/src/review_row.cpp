#include "stillpoint/kiosk_intake/review_row.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/tap.h"

namespace stillpoint::kiosk_intake {

namespace {
constexpr int kPadX = 28;
constexpr int kPadY = 18;
constexpr int kLineGap = 6;
const ui::TextStyle kQuestion{ui::FontSize::small};
const ui::TextStyle kAnswer{ui::FontSize::normal, true};
const ui::TextStyle kChange{ui::FontSize::small, true, ui::TextAlign::right};
}  // namespace

ReviewRow::ReviewRow(std::string question, std::string answer, bool answered, std::string change,
                     std::function<void()> on_tap)
    : question_(std::move(question)),
      answer_(std::move(answer)),
      change_(std::move(change)),
      answered_(answered),
      on_tap_(std::move(on_tap)) {}

int ReviewRow::text_width(const ui::UiContext& ctx, int width) const {
  return std::max(1, width - 3 * ctx.px(kPadX) - change_w_);
}

ui::Size ReviewRow::measure(const ui::UiContext& ctx, int width) {
  change_w_ = ctx.text->measure(change_, kChange, 0).w;
  const int w = text_width(ctx, width);
  const int h = ctx.text->measure(question_, kQuestion, w).h + ctx.px(kLineGap) +
                ctx.text->measure(answer_, kAnswer, w).h + 2 * ctx.px(kPadY);
  return {width, std::max(ctx.target(), h)};
}

void ReviewRow::draw(ui::Painter& painter) const {
  const ui::Theme& t = painter.theme();
  const ui::Rect b = bounds();
  painter.fill_rounded_outlined(b, painter.px(t.radius), pressed_ ? t.surface_pressed : t.surface,
                                t.border, std::max(1, painter.px(2)));
  const ui::UiContext& ctx = painter.context();
  const int w = text_width(ctx, b.w);
  const int x = b.x + painter.px(kPadX);
  const int qh = ctx.text->measure(question_, kQuestion, w).h;
  const int ah = ctx.text->measure(answer_, kAnswer, w).h;
  const int top = b.y + (b.h - qh - painter.px(kLineGap) - ah) / 2;
  painter.text(question_, kQuestion, t.text_muted, {x, top, w, qh}, true);
  painter.text(answer_, kAnswer, answered_ ? t.text : t.text_muted,
               {x, top + qh + painter.px(kLineGap), w, ah}, true);
  const ui::Rect change{b.x + b.w - painter.px(kPadX) - change_w_, b.y, change_w_, b.h};
  painter.text(change_, kChange, t.primary, change);
}

bool ReviewRow::on_pointer(const ui::UiContext& ctx, ui::PointerPhase phase, ui::Point position) {
  const ui::TapEvent tap = ui::track_tap(pressed_, phase, bounds().contains(position));
  if (tap.redraw) invalidate();
  if (tap.tapped) activate(ctx);
  return true;
}

void ReviewRow::activate(const ui::UiContext&) {
  if (auto callback = on_tap_) callback();
}

}  // namespace stillpoint::kiosk_intake
