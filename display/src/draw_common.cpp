// The backdrop, the veil, the footer and the text helpers.
#include <cmath>

#include "draw.h"

namespace stillpoint::display {

using ui::Rect;

int text_height(const DrawEnv& env, std::string_view text, ui::TextStyle style, int width) {
  return env.painter.context().text->measure(text, style, width).h;
}

void fitted_text(const DrawEnv& env, std::string_view text, ui::TextStyle style, ui::Color color, Rect box) {
  // A wrapped text's texture is as wide as its box: a "3" in a 1175-pixel column blends 1175
  // mostly clear pixels a row every frame. A line that fits is drawn at its own width instead.
  const bool one_line = text.find('\n') == std::string_view::npos &&
                        env.painter.context().text->measure(text, style, 0).w <= box.w;
  env.painter.text(text, style, color, box, !one_line);
}

int centred_text(const DrawEnv& env, std::string_view text, ui::TextStyle style, ui::Color color,
                 Rect column, int y) {
  style.align = ui::TextAlign::center;
  const int h = text_height(env, text, style, column.w);
  fitted_text(env, text, style, color, {column.x, y, column.w, h});
  return h;
}

void draw_backdrop(const DrawEnv& env, Rect area) {
  // Strips rather than per-pixel work: 48 bands are invisible steps on a soft gradient.
  constexpr int kBands = 48;
  for (int i = 0; i < kBands; ++i) {
    const int y0 = area.y + area.h * i / kBands;
    const int y1 = area.y + area.h * (i + 1) / kBands;
    const double t = (i + 0.5) / kBands;
    env.painter.fill_rect({area.x, y0, area.w, y1 - y0}, ui::mix(env.palette.top, env.palette.bottom, t));
  }
  const double s = std::min(area.w, area.h);
  const auto at = [&](double fx, double fy) {
    return ui::PointF{static_cast<float>(area.x + area.w * fx), static_cast<float>(area.y + area.h * fy)};
  };
  env.painter.fill_circle(at(0.12, 0.85), static_cast<float>(s * 0.42), env.palette.shape);
  env.painter.fill_circle(at(0.92, 0.12), static_cast<float>(s * 0.30), env.palette.shape);
  env.painter.fill_circle(at(0.70, 1.05), static_cast<float>(s * 0.22), env.palette.shape);
}

void draw_veil(const DrawEnv& env, Rect area, double alpha) {
  if (alpha <= 0.0) return;
  env.painter.fill_rect(area, ui::with_alpha(ui::mix(env.palette.top, env.palette.bottom, 0.5), alpha));
}

void draw_footer_band(const DrawEnv& env, Rect area) { env.painter.fill_rect(area, env.palette.footer); }

void draw_footer(const DrawEnv& env, Rect area, const FooterText& footer, bool two_rows) {
  auto& p = env.painter;
  // Inset at the sides only: a row is about one line tall.
  const Rect inner{area.x + p.px(40), area.y, area.w - 2 * p.px(40), area.h};
  const Rect top = two_rows ? Rect{inner.x, inner.y, inner.w, inner.h / 2} : inner;
  const Rect bottom = two_rows ? Rect{inner.x, inner.y + inner.h / 2, inner.w, inner.h - inner.h / 2} : inner;
  p.text(footer.message, {ui::FontSize::normal, false, ui::TextAlign::left}, env.palette.text, top);
  const ui::TextStyle clock_style{ui::FontSize::normal, true, ui::TextAlign::right};
  p.text(footer.clock, clock_style, env.palette.text, bottom);
  if (!footer.helpline.empty()) {
    // Small and muted beside the clock: there for whoever needs it, never shouting.
    const int clock_w = p.context().text->measure(footer.clock, clock_style, 0).w;
    const Rect help{bottom.x, bottom.y, bottom.w - clock_w - p.px(56), bottom.h};
    p.text(footer.helpline, {ui::FontSize::small, false, two_rows ? ui::TextAlign::left : ui::TextAlign::right},
           env.palette.muted, help);
  }
}

}  // namespace stillpoint::display
