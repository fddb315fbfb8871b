// The content slides: breathing pacer, text, quiet.
#include <cmath>
#include <string>

#include "draw.h"

namespace stillpoint::display {

using ui::FontSize;
using ui::Rect;

namespace {

std::string step_key(lobby::BreathStep step) {
  switch (step) {
    case lobby::BreathStep::breathe_in: return "lobby.breathe_in";
    case lobby::BreathStep::breathe_out: return "lobby.breathe_out";
    case lobby::BreathStep::hold_in:
    case lobby::BreathStep::hold_out: return "lobby.hold";
  }
  return "lobby.hold";
}

std::string pattern_key(lobby::BreathingPattern pattern) {
  switch (pattern) {
    case lobby::BreathingPattern::box: return "lobby.pattern.box";
    case lobby::BreathingPattern::four_seven_eight: return "lobby.pattern.478";
    case lobby::BreathingPattern::coherent: return "lobby.pattern.coherent";
  }
  return "lobby.pattern.box";
}

Rect column_of(Rect area, double fraction) {
  const int w = static_cast<int>(area.w * fraction);
  return {area.x + (area.w - w) / 2, area.y, w, area.h};
}

// The pacer's outer ring at a full breath, in units of the slide's shorter side.
constexpr double kFullReach = 0.30 + 0.075;

// The shape: a disc sized by the breath, with rings that trail it a little for a soft edge.
void paint_pacer(ui::Painter& p, const Palette& palette, ui::PointF centre, double unit, double size) {
  const double radius = unit * (0.15 + 0.15 * size);
  for (int ring = 3; ring >= 1; --ring)
    p.fill_circle(centre, static_cast<float>(radius + unit * 0.025 * ring), palette.halo);
  p.fill_circle(centre, static_cast<float>(radius), palette.breath);
}

// Four overlapping blended discs a frame are most of a breathing frame's cost in software, so
// the full-size shape is painted once and scaled to the breath: the rings scale with it, a
// difference no one sees on a shape that is soft by design.
void draw_pacer_shape(const DrawEnv& env, ui::PointF centre, double unit, double size) {
  if (!env.pacer) {
    paint_pacer(env.painter, env.palette, centre, unit, size);
    return;
  }
  const double full = unit * kFullReach;
  const int side = static_cast<int>(std::ceil(2 * full)) + 4;
  const double outer = unit * (0.15 + 0.15 * size + 0.075);
  const auto half = static_cast<float>(outer * side / (2 * full));
  std::string key = std::to_string(side);
  for (const ui::Color c : {env.palette.breath, env.palette.halo})
    key += "|" + std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b) + "," + std::to_string(c.a);
  env.pacer->draw(env.painter, key, {side, side}, {centre.x - half, centre.y - half, 2 * half, 2 * half},
                  env.palette.halo, [&](ui::Painter& p) {
                    const auto mid = static_cast<float>(side) / 2.0F;
                    paint_pacer(p, env.palette, {mid, mid}, unit, 1.0);
                  });
}

}  // namespace

namespace {

// The pacer's size unit and centre in `area`.
double pacer_unit(Rect area) { return std::min(area.w, area.h); }
ui::PointF pacer_centre(Rect area) {
  return {static_cast<float>(area.x + area.w / 2.0), static_cast<float>(area.y + area.h * 0.46)};
}
constexpr double kColumn = 0.9;  // the words' share of the slide's width

}  // namespace

ui::Rect breathing_motion_area(const ui::Painter& painter, Rect area) {
  // The sprite reaches 2 px past the outer ring; its linear filter one more.
  const int reach = static_cast<int>(std::ceil(pacer_unit(area) * kFullReach)) + painter.px(4) + 3;
  const ui::PointF c = pacer_centre(area);
  const Rect square{static_cast<int>(c.x) - reach, static_cast<int>(c.y) - reach, 2 * reach, 2 * reach};
  const int x0 = std::max(square.x, area.x);
  const int y0 = std::max(square.y, area.y);
  return {x0, y0, std::min(square.x + square.w, area.x + area.w) - x0,
          std::min(square.y + square.h, area.y + area.h) - y0};
}

void draw_breathing(const DrawEnv& env, Rect area, lobby::BreathingPattern pattern,
                    const lobby::BreathState& state) {
  auto& p = env.painter;
  const double unit = pacer_unit(area);
  const ui::PointF centre = pacer_centre(area);
  draw_pacer_shape(env, centre, unit, state.size);

  const Rect column = column_of(area, kColumn);
  const std::string count = std::to_string(state.count);
  const int count_h = text_height(env, count, {FontSize::large, false, ui::TextAlign::center}, column.w);
  centred_text(env, count, {FontSize::large, false}, env.palette.text, column,
               static_cast<int>(centre.y) - count_h / 2);
  centred_text(env, env.strings.get(env.language, pattern_key(pattern)), {FontSize::small, false},
               env.palette.muted, column, area.y + p.px(56));
  const int step_y = static_cast<int>(centre.y + unit * 0.34);
  const int step_h = centred_text(env, env.strings.get(env.language, step_key(state.step)),
                                  {FontSize::large, true}, env.palette.text, column, step_y);
  centred_text(env, env.strings.get(env.language, "lobby.breathe_along"), {FontSize::small, false},
               env.palette.muted, column, step_y + step_h + p.px(12));
}

void draw_text_slide(const DrawEnv& env, Rect area, std::string_view title, std::string_view body) {
  auto& p = env.painter;
  const Rect column = column_of(area, 0.78);
  const ui::TextStyle title_style{FontSize::large, true, ui::TextAlign::center};
  const ui::TextStyle body_style{FontSize::normal, false, ui::TextAlign::center};
  const int gap = p.px(40);
  const int total = text_height(env, title, title_style, column.w) + gap +
                    text_height(env, body, body_style, column.w);
  int y = area.y + (area.h - total) / 2;
  y += centred_text(env, title, title_style, env.palette.text, column, y) + gap;
  centred_text(env, body, body_style, env.palette.text, column, y);
}

void draw_quiet(const DrawEnv& env, Rect area, std::string_view clinic, std::string_view clock) {
  auto& p = env.painter;
  const Rect column = column_of(area, 0.8);
  const std::string kind_word = env.strings.get(env.language, "lobby.take_your_time");
  const int gap = p.px(28);
  const int total = text_height(env, clock, {FontSize::large, true}, column.w) +
                    text_height(env, clinic, {FontSize::normal, false}, column.w) +
                    text_height(env, kind_word, {FontSize::small, false}, column.w) + 2 * gap;
  int y = area.y + (area.h - total) / 2;
  y += centred_text(env, clock, {FontSize::large, true}, env.palette.text, column, y) + gap;
  y += centred_text(env, clinic, {FontSize::normal, false}, env.palette.text, column, y) + gap;
  centred_text(env, kind_word, {FontSize::small, false}, env.palette.muted, column, y);
}

}  // namespace stillpoint::display
