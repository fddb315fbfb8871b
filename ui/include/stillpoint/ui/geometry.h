#pragma once
// Plain geometry and colour values shared by layout, drawing and input (no SDL types).
#include <cstdint>

namespace stillpoint::ui {

// A position in output pixels (origin top-left).
struct Point {
  int x = 0;
  int y = 0;
  friend bool operator==(const Point&, const Point&) = default;
};

// A width and height in output pixels.
struct Size {
  int w = 0;
  int h = 0;
  friend bool operator==(const Size&, const Size&) = default;
};

// An axis-aligned rectangle in output pixels.
struct Rect {
  int x = 0;
  int y = 0;
  int w = 0;
  int h = 0;

  // True when `p` lies inside (right and bottom edges excluded).
  bool contains(Point p) const { return p.x >= x && p.y >= y && p.x < x + w && p.y < y + h; }
  // True when `inner` lies entirely inside this rectangle.
  bool contains(const Rect& inner) const {
    return inner.x >= x && inner.y >= y && inner.x + inner.w <= x + w && inner.y + inner.h <= y + h;
  }
  Point center() const { return {x + w / 2, y + h / 2}; }
  // The rectangle shrunk by `d` on every side (never negative).
  Rect inset(int d) const;
  friend bool operator==(const Rect&, const Rect&) = default;
};

// An sRGB colour with straight alpha.
struct Color {
  std::uint8_t r = 0;
  std::uint8_t g = 0;
  std::uint8_t b = 0;
  std::uint8_t a = 255;
  friend bool operator==(const Color&, const Color&) = default;
};

// `c` with its alpha multiplied by `factor` (0..1), for fades.
Color with_alpha(Color c, double factor);
// The straight mix of `a` and `b` (t = 0 gives a, 1 gives b).
Color mix(Color a, Color b, double t);

}  // namespace stillpoint::ui
