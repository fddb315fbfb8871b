#include "stillpoint/ui/widgets/choice_tile.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/tap.h"

namespace stillpoint::ui {

ChoiceTile::ChoiceTile(Text label, std::string value, SelectionMode mode)
    : label_(std::move(label)), value_(std::move(value)), mode_(mode) {}

void ChoiceTile::set_selected(bool selected) {
  if (selected_ == selected) return;
  selected_ = selected;
  invalidate();
}

namespace {
constexpr int kPadding = 28;
constexpr int kIndicator = 44;
}  // namespace

Size ChoiceTile::measure(const UiContext& ctx, int width) {
  const int text_width = std::max(1, width - ctx.px(kIndicator + 3 * kPadding));
  const Size text = ctx.text->measure(ctx.resolve(label_), {FontSize::normal}, text_width);
  return {width, std::max(ctx.target(), text.h + 2 * ctx.px(kPadding))};
}

bool ChoiceTile::on_pointer(const UiContext&, PointerPhase phase, Point position) {
  const TapEvent tap = track_tap(pressed_, phase, bounds().contains(position));
  if (tap.redraw) invalidate();
  if (tap.tapped) tapped();
  return true;
}

void ChoiceTile::activate(const UiContext&) { tapped(); }

void ChoiceTile::tapped() {
  if (auto callback = on_tap_) return callback();
  set_selected(!selected_);
}

void ChoiceTile::draw_indicator(Painter& painter, Rect box) const {
  const Theme& t = painter.theme();
  const Color ring = selected_ ? t.primary : t.text_muted;
  const int thickness = std::max(1, painter.px(4));
  if (mode_ == SelectionMode::single) {
    const PointF c{static_cast<float>(box.x + box.w / 2), static_cast<float>(box.y + box.h / 2)};
    const float r = static_cast<float>(box.w) / 2;
    painter.fill_circle(c, r, ring);
    painter.fill_circle(c, r - static_cast<float>(thickness), t.surface);
    if (selected_) painter.fill_circle(c, r * 0.5f, t.primary);
    return;
  }
  painter.fill_rounded_outlined(box, painter.px(10), selected_ ? t.primary : t.surface, ring,
                                thickness);
  if (!selected_) return;
  // A check mark as two bars.
  const float x = static_cast<float>(box.x);
  const float y = static_cast<float>(box.y);
  const float s = static_cast<float>(box.w);
  const PointF short_bar[] = {{x + 0.18f * s, y + 0.52f * s}, {x + 0.28f * s, y + 0.42f * s},
                              {x + 0.46f * s, y + 0.60f * s}, {x + 0.38f * s, y + 0.72f * s}};
  const PointF long_bar[] = {{x + 0.38f * s, y + 0.72f * s}, {x + 0.72f * s, y + 0.26f * s},
                             {x + 0.84f * s, y + 0.36f * s}, {x + 0.46f * s, y + 0.80f * s}};
  painter.fill_convex(short_bar, t.on_primary);
  painter.fill_convex(long_bar, t.on_primary);
}

void ChoiceTile::draw(Painter& painter) const {
  draw_focus(painter);
  const Theme& t = painter.theme();
  const Color fill = selected_ ? t.selected : (pressed_ ? t.surface_pressed : t.surface);
  const Color outline = selected_ ? t.primary : t.border;
  const int border = std::max(1, painter.px(selected_ ? 4 : 2));
  painter.fill_rounded_outlined(bounds(), painter.px(t.radius), fill, outline, border);
  const int pad = painter.px(kPadding);
  const int size = painter.px(kIndicator);
  const Rect b = bounds();
  draw_indicator(painter, {b.x + pad, b.y + (b.h - size) / 2, size, size});
  const int text_x = b.x + 2 * pad + size;
  const Rect text_box{text_x, b.y, b.x + b.w - pad - text_x, b.h};
  painter.text(painter.context().resolve(label_), {FontSize::normal},
               selected_ ? t.on_selected : t.text, text_box, true);
}

}  // namespace stillpoint::ui
