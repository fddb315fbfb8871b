#include "stillpoint/ui/geometry.h"

#include <algorithm>
#include <cmath>

namespace stillpoint::ui {

Rect Rect::inset(int d) const {
  const int nw = std::max(0, w - 2 * d);
  const int nh = std::max(0, h - 2 * d);
  return {x + (w - nw) / 2, y + (h - nh) / 2, nw, nh};
}

namespace {
std::uint8_t channel(double v) {
  return static_cast<std::uint8_t>(std::clamp(std::lround(v), 0L, 255L));
}
}  // namespace

Color with_alpha(Color c, double factor) {
  c.a = channel(c.a * std::clamp(factor, 0.0, 1.0));
  return c;
}

Color mix(Color a, Color b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  return {channel(a.r + (b.r - a.r) * t), channel(a.g + (b.g - a.g) * t),
          channel(a.b + (b.b - a.b) * t), channel(a.a + (b.a - a.a) * t)};
}

}  // namespace stillpoint::ui
