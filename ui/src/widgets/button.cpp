#include "stillpoint/ui/widgets/button.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/tap.h"

namespace stillpoint::ui {

Button::Button(Text label, std::function<void()> on_tap, ButtonStyle style)
    : label_(std::move(label)), on_tap_(std::move(on_tap)), style_(style) {}

void Button::set_label(Text label) {
  if (label == label_) return;
  label_ = std::move(label);
  invalidate_layout();
}

void Button::set_style(ButtonStyle style) {
  style_ = style;
  invalidate();
}

void Button::set_icon(ButtonIcon icon) {
  icon_ = icon;
  invalidate();
}

void Button::set_enabled(bool enabled) {
  if (enabled_ == enabled) return;
  enabled_ = enabled;
  pressed_ = false;
  invalidate();
}

void Button::set_latched(bool latched) {
  if (latched_ == latched) return;
  latched_ = latched;
  invalidate();
}

std::string Button::label(const UiContext& ctx) const { return ctx.resolve(label_); }

Size Button::measure(const UiContext& ctx, int width) {
  const bool key = style_ == ButtonStyle::key;
  const TextStyle ts{FontSize::normal, !key, TextAlign::center};
  const int pad = ctx.px(key ? 8 : 28);
  const Size text = ctx.text->measure(ctx.resolve(label_), ts, std::max(1, width - 2 * pad));
  return {std::min(width, text.w + 2 * pad), std::max(ctx.target(), text.h + 2 * pad)};
}

bool Button::on_pointer(const UiContext& ctx, PointerPhase phase, Point position) {
  const TapEvent tap = track_tap(pressed_, phase, bounds().contains(position));
  if (tap.redraw) invalidate();
  if (tap.tapped) fire(ctx);  // last: the callback may rebuild
  return true;
}

void Button::activate(const UiContext& ctx) {
  if (enabled_) fire(ctx);
}

void Button::fire(const UiContext&) {
  // A copy: the callback may replace this button's callback or retire the button.
  if (auto callback = on_tap_) callback();
}

namespace {

struct Colours {
  Color fill;
  Color text;
  Color outline;
};

Colours colours_for(const Theme& t, ButtonStyle style, bool pressed, bool latched, bool enabled) {
  if (!enabled) return {t.surface, t.text_muted, t.border};
  switch (style) {
    case ButtonStyle::primary:
      return {pressed ? t.primary_pressed : t.primary, t.on_primary, pressed ? t.primary_pressed : t.primary};
    case ButtonStyle::danger:
      return {pressed ? mix(t.danger, Color{0, 0, 0}, 0.15) : t.danger, t.on_danger, t.danger};
    case ButtonStyle::quiet:
      // Quiet, not hidden: a thin rim says "this is a button" (WCAG 1.4.11).
      return {pressed ? t.surface_pressed : t.background, t.text, t.border};
    case ButtonStyle::secondary:
    case ButtonStyle::key:
      if (latched) return {t.selected, t.on_selected, t.primary};
      return {pressed ? t.surface_pressed : t.surface, t.text, t.border};
  }
  return {t.surface, t.text, t.border};
}

}  // namespace

void Button::draw(Painter& painter) const {
  draw_focus(painter);
  const Theme& t = painter.theme();
  const Colours c = colours_for(t, style_, pressed_, latched_, enabled_);
  const int radius = painter.px(style_ == ButtonStyle::key ? t.radius / 2 : t.radius);
  // A latched key (the picked letter, Shift on) wears a heavy rim: a mark beyond its colour.
  const int rim = latched_ ? std::max(3, painter.px(7)) : std::max(1, painter.px(2));
  painter.fill_rounded_outlined(bounds(), radius, c.fill, c.outline, rim);
  if (icon_ != ButtonIcon::none) return draw_icon(painter, c.text);
  const bool key = style_ == ButtonStyle::key;
  const int pad = painter.px(key ? 8 : 28);
  const TextStyle ts{FontSize::normal, !key, TextAlign::center};
  painter.text(painter.context().resolve(label_), ts, c.text, bounds().inset(pad), true);
}

void Button::draw_icon(Painter& painter, Color color) const {
  const Point c = bounds().center();
  const float s = static_cast<float>(painter.px(18));
  const float cx = static_cast<float>(c.x);
  const float cy = static_cast<float>(c.y);
  if (icon_ == ButtonIcon::backspace) {
    // A left-pointing tag: the common "erase" symbol, readable in any language.
    const PointF tag[] = {{cx - 1.6f * s, cy}, {cx - 0.6f * s, cy - s}, {cx + 1.4f * s, cy - s},
                          {cx + 1.4f * s, cy + s}, {cx - 0.6f * s, cy + s}};
    painter.fill_convex(tag, color);
    return;
  }
  // Shift: an upward arrow (head plus stem).
  const PointF head[] = {{cx, cy - 1.3f * s}, {cx + 1.1f * s, cy}, {cx - 1.1f * s, cy}};
  const PointF stem[] = {{cx - 0.45f * s, cy}, {cx + 0.45f * s, cy}, {cx + 0.45f * s, cy + 1.1f * s},
                         {cx - 0.45f * s, cy + 1.1f * s}};
  painter.fill_convex(head, color);
  painter.fill_convex(stem, color);
}

}  // namespace stillpoint::ui
