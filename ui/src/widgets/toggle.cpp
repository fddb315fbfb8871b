#include "stillpoint/ui/widgets/toggle.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/tap.h"

namespace stillpoint::ui {

namespace {
constexpr int kTrackWidth = 120;
constexpr int kTrackHeight = 64;
constexpr int kPadding = 28;
}  // namespace

Toggle::Toggle(Text label, bool on) : label_(std::move(label)), on_(on) {}

void Toggle::set_on(bool on) {
  if (on_ == on) return;
  on_ = on;
  slide_.finish();
  invalidate();
}

double Toggle::knob_position(TimePoint now) const {
  const double p = slide_.eased(now);
  return on_ ? p : 1.0 - p;
}

Size Toggle::measure(const UiContext& ctx, int width) {
  const int text_width = std::max(1, width - ctx.px(kTrackWidth + 3 * kPadding));
  const Size text = ctx.text->measure(ctx.resolve(label_), {FontSize::normal}, text_width);
  return {width, std::max(ctx.target(), text.h + 2 * ctx.px(kPadding))};
}

bool Toggle::on_pointer(const UiContext& ctx, PointerPhase phase, Point position) {
  const TapEvent tap = track_tap(pressed_, phase, bounds().contains(position));
  if (tap.redraw) invalidate();
  if (tap.tapped) flip(ctx);
  return true;
}

void Toggle::activate(const UiContext& ctx) { flip(ctx); }

void Toggle::flip(const UiContext& ctx) {
  on_ = !on_;
  slide_.start(ctx.now());
  invalidate();
  if (auto callback = on_change_) callback(on_);
}

void Toggle::draw(Painter& painter) const {
  draw_focus(painter);
  const Theme& t = painter.theme();
  const Rect b = bounds();
  painter.fill_rounded_outlined(b, painter.px(t.radius), pressed_ ? t.surface_pressed : t.surface,
                                t.border, std::max(1, painter.px(2)));
  const int pad = painter.px(kPadding);
  const Rect track{b.x + b.w - pad - painter.px(kTrackWidth), b.y + (b.h - painter.px(kTrackHeight)) / 2,
                   painter.px(kTrackWidth), painter.px(kTrackHeight)};
  const double k = knob_position(painter.now());
  painter.fill_rounded(track, track.h / 2, mix(t.border, t.primary, k));
  const float r = static_cast<float>(track.h) / 2 - static_cast<float>(painter.px(6));
  const float x0 = static_cast<float>(track.x) + static_cast<float>(track.h) / 2;
  const float travel = static_cast<float>(track.w - track.h);
  painter.fill_circle({x0 + travel * static_cast<float>(k), static_cast<float>(track.y) + static_cast<float>(track.h) / 2},
                      r, t.surface);
  const Rect text_box{b.x + pad, b.y, track.x - pad - (b.x + pad), b.h};
  painter.text(painter.context().resolve(label_), {FontSize::normal}, t.text, text_box, true);
}

}  // namespace stillpoint::ui
