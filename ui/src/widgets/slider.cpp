#include "stillpoint/ui/widgets/slider.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {

Slider::Slider(int minimum, int maximum) : min_(minimum), max_(std::max(minimum + 1, maximum)) {}

void Slider::set_value(std::optional<int> value) {
  if (value) value = std::clamp(*value, min_, max_);
  if (value == value_) return;
  value_ = value;
  invalidate();
}

void Slider::set_end_labels(Text low, Text high) {
  low_ = std::move(low);
  high_ = std::move(high);
  invalidate_layout();
}

int Slider::track_height(const UiContext& ctx) const { return ctx.target(); }

Size Slider::measure(const UiContext& ctx, int width) {
  int h = track_height(ctx) + ctx.text->line_height(FontSize::small);
  if (!low_.empty() || !high_.empty()) {
    const TextStyle s{FontSize::small};
    const int half = width / 2;
    h += std::max(ctx.text->measure(ctx.resolve(low_), s, half).h,
                  ctx.text->measure(ctx.resolve(high_), s, half).h) + ctx.px(8);
  }
  return {width, h};
}

void Slider::arrange(const UiContext& ctx, Rect bounds) {
  Widget::arrange(ctx, bounds);
  track_h_ = track_height(ctx);
  numbers_h_ = ctx.text->line_height(FontSize::small);
  // Stops are inset by half a target so the end stops are as easy to hit as the middle ones.
  track_left_ = bounds.x + track_h_ / 2;
  track_right_ = bounds.x + bounds.w - track_h_ / 2;
}

int Slider::stop_x(int value) const {
  const double t = static_cast<double>(value - min_) / (max_ - min_);
  return track_left_ + static_cast<int>(std::lround(t * (track_right_ - track_left_)));
}

void Slider::choose(int value) {
  value = std::clamp(value, min_, max_);
  if (value_ == value) return;
  value_ = value;
  invalidate();
  if (auto callback = on_change_) callback(value);
}

bool Slider::on_pointer(const UiContext&, PointerPhase phase, Point position) {
  const double span = std::max(1, track_right_ - track_left_);
  const double t = std::clamp((position.x - track_left_) / span, 0.0, 1.0);
  choose(min_ + static_cast<int>(std::lround(t * (max_ - min_))));
  (void)phase;  // down, move and up all follow the finger
  return true;
}

bool Slider::on_key(const UiContext&, Key key) {
  if (key != Key::left && key != Key::right) return false;
  const int start = value_.value_or((min_ + max_) / 2);
  choose(value_ ? start + (key == Key::right ? 1 : -1) : start);
  return true;
}

void Slider::draw(Painter& painter) const {
  draw_focus(painter);
  const Theme& t = painter.theme();
  const Rect b = bounds();
  const int cy = b.y + track_h_ / 2;
  const int line = std::max(2, painter.px(10));
  painter.fill_rounded({track_left_, cy - line / 2, track_right_ - track_left_, line}, line / 2, t.border);
  if (value_) {
    const int x = stop_x(*value_);
    painter.fill_rounded({track_left_, cy - line / 2, x - track_left_, line}, line / 2, t.primary);
  }
  for (int v = min_; v <= max_; ++v) {
    const float x = static_cast<float>(stop_x(v));
    const bool chosen = value_ && *value_ == v;
    painter.fill_circle({x, static_cast<float>(cy)}, static_cast<float>(painter.px(8)),
                        value_ && v <= *value_ ? t.primary : t.border);
    const Rect num{static_cast<int>(x) - track_h_ / 2, b.y + track_h_, track_h_, numbers_h_};
    painter.text(std::to_string(v), {FontSize::small, chosen, TextAlign::center},
                 chosen ? t.text : t.text_muted, num);
  }
  if (value_) {
    const PointF knob{static_cast<float>(stop_x(*value_)), static_cast<float>(cy)};
    const float r = static_cast<float>(track_h_) * 0.36f;
    painter.fill_circle(knob, r, t.primary);
    painter.fill_circle(knob, r - static_cast<float>(painter.px(10)), t.surface);
  }
  const int label_y = b.y + track_h_ + numbers_h_ + painter.px(8);
  const Rect low{b.x, label_y, b.w / 2, b.y + b.h - label_y};
  const Rect high{b.x + b.w / 2, label_y, b.w - b.w / 2, low.h};
  painter.text(painter.context().resolve(low_), {FontSize::small, false, TextAlign::left}, t.text_muted, low, true);
  painter.text(painter.context().resolve(high_), {FontSize::small, false, TextAlign::right}, t.text_muted, high, true);
}

}  // namespace stillpoint::ui
