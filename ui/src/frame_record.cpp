#include "stillpoint/ui/frame_record.h"

#include <algorithm>
#include <cmath>

namespace stillpoint::ui {
namespace {

// Even-odd test; the polygons drawn are convex and small, so exactness at the rim is moot.
bool inside_polygon(const std::vector<Point>& pts, Point p) {
  bool in = false;
  for (std::size_t i = 0, j = pts.size() - 1; i < pts.size(); j = i++) {
    const Point a = pts[i];
    const Point b = pts[j];
    if ((a.y > p.y) != (b.y > p.y) &&
        p.x < (b.x - a.x) * static_cast<double>(p.y - a.y) / (b.y - a.y) + a.x)
      in = !in;
  }
  return in;
}

bool covers(const DrawnShape& s, Point p) {
  if (!s.bounds.contains(p)) return false;
  switch (s.kind) {
    case DrawnShape::Kind::rect: return true;
    case DrawnShape::Kind::circle: {
      const double rx = s.bounds.w / 2.0;
      const double dx = p.x - (s.bounds.x + rx);
      const double dy = p.y - (s.bounds.y + s.bounds.h / 2.0);
      return dx * dx + dy * dy <= rx * rx;
    }
    case DrawnShape::Kind::polygon: return inside_polygon(s.points, p);
  }
  return false;
}

}  // namespace

Color FrameRecord::colour_at(Point p, std::size_t shape_count) const {
  Color out{0, 0, 0, 255};
  shape_count = std::min(shape_count, shapes.size());
  for (std::size_t i = 0; i < shape_count; ++i) {
    const DrawnShape& s = shapes[i];
    if (s.color.a == 0 || !covers(s, p)) continue;
    out = mix(out, Color{s.color.r, s.color.g, s.color.b, 255}, s.color.a / 255.0);
  }
  return out;
}

bool FrameRecord::covered_between(Point p, std::size_t from, std::size_t to) const {
  to = std::min(to, shapes.size());
  for (std::size_t i = from; i < to; ++i)
    if (shapes[i].color.a >= 128 && covers(shapes[i], p)) return true;
  return false;
}

}  // namespace stillpoint::ui
