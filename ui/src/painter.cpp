#include "stillpoint/ui/painter.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "geometry_scratch.h"

namespace stillpoint::ui {

namespace {

SDL_Color sdl(Color c) { return {c.r, c.g, c.b, c.a}; }

SDL_Vertex vertex(float x, float y, SDL_Color c) { return {{x, y}, c, {0, 0}}; }

PointF normalised(float x, float y) {
  const float len = std::sqrt(x * x + y * y);
  return len > 0 ? PointF{x / len, y / len} : PointF{0, 0};
}

// Outward normal of the edge a->b for a clockwise (screen coordinates) polygon.
PointF edge_normal(PointF a, PointF b) { return normalised(b.y - a.y, -(b.x - a.x)); }

}  // namespace

Painter::Painter(SDL_Renderer* renderer, const UiContext& context, GeometryScratch& scratch,
                 std::vector<std::string>* drawn_text)
    : renderer_(renderer), context_(context), scratch_(scratch), drawn_text_(drawn_text) {}

void Painter::clear(Color color) {
  SDL_SetRenderDrawColor(renderer_, color.r, color.g, color.b, color.a);
  SDL_RenderClear(renderer_);
}

void Painter::fill_rect(Rect rect, Color color) {
  SDL_SetRenderDrawColor(renderer_, color.r, color.g, color.b, color.a);
  const SDL_Rect r{rect.x, rect.y, rect.w, rect.h};
  SDL_RenderFillRect(renderer_, &r);
}

void Painter::rounded_outline(Rect rect, int radius) {
  auto& pts = scratch_.outline;
  pts.clear();
  const float r = static_cast<float>(std::clamp(radius, 0, std::min(rect.w, rect.h) / 2));
  const int steps = std::clamp(static_cast<int>(r / 3), 2, 16);
  const float x0 = static_cast<float>(rect.x) + r;
  const float y0 = static_cast<float>(rect.y) + r;
  const float x1 = static_cast<float>(rect.x + rect.w) - r;
  const float y1 = static_cast<float>(rect.y + rect.h) - r;
  const PointF centres[4] = {{x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
  // Clockwise on screen: top-right, bottom-right, bottom-left, top-left corner arcs.
  for (int corner = 0; corner < 4; ++corner) {
    const double start = -std::numbers::pi / 2 + corner * std::numbers::pi / 2;
    for (int i = 0; i <= steps; ++i) {
      const double a = start + (std::numbers::pi / 2) * i / steps;
      pts.push_back({centres[corner].x + r * static_cast<float>(std::cos(a)),
                     centres[corner].y + r * static_cast<float>(std::sin(a))});
    }
  }
}

void Painter::fill_convex(std::span<const PointF> points, Color color) {
  const std::size_t n = points.size();
  if (n < 3) return;
  auto& v = scratch_.vertices;
  auto& idx = scratch_.indices;
  v.clear();
  idx.clear();
  const SDL_Color solid = sdl(color);
  const SDL_Color clear{color.r, color.g, color.b, 0};
  // Inner vertices sit half a pixel in, outer ones half a pixel out with zero alpha: a cheap
  // anti-aliased edge, since SDL's geometry has no multisampling.
  for (std::size_t i = 0; i < n; ++i) {
    const PointF prev = points[(i + n - 1) % n];
    const PointF next = points[(i + 1) % n];
    const PointF n1 = edge_normal(prev, points[i]);
    const PointF n2 = edge_normal(points[i], next);
    const PointF nv = normalised(n1.x + n2.x, n1.y + n2.y);
    v.push_back(vertex(points[i].x - nv.x * 0.5f, points[i].y - nv.y * 0.5f, solid));
    v.push_back(vertex(points[i].x + nv.x * 0.5f, points[i].y + nv.y * 0.5f, clear));
  }
  for (std::size_t i = 1; i + 1 < n; ++i) {
    idx.insert(idx.end(), {0, static_cast<int>(2 * i), static_cast<int>(2 * (i + 1))});
  }
  for (std::size_t i = 0; i < n; ++i) {
    const int a = static_cast<int>(2 * i);
    const int b = static_cast<int>(2 * ((i + 1) % n));
    idx.insert(idx.end(), {a, a + 1, b, b, a + 1, b + 1});
  }
  SDL_RenderGeometry(renderer_, nullptr, v.data(), static_cast<int>(v.size()), idx.data(),
                     static_cast<int>(idx.size()));
}

void Painter::fill_rounded(Rect rect, int radius, Color color) {
  if (rect.w <= 0 || rect.h <= 0) return;
  rounded_outline(rect, radius);
  // Copy out: fill_convex reuses the vertex scratch, not the outline.
  fill_convex(scratch_.outline, color);
}

void Painter::fill_rounded_outlined(Rect rect, int radius, Color fill, Color outline,
                                    int thickness) {
  fill_rounded(rect, radius, outline);
  fill_rounded(rect.inset(thickness), std::max(0, radius - thickness), fill);
}

void Painter::fill_circle(PointF center, float radius, Color color) {
  auto& pts = scratch_.outline;
  pts.clear();
  const int steps = std::clamp(static_cast<int>(radius), 12, 64);
  for (int i = 0; i < steps; ++i) {
    const double a = 2 * std::numbers::pi * i / steps;
    pts.push_back({center.x + radius * static_cast<float>(std::cos(a)),
                   center.y + radius * static_cast<float>(std::sin(a))});
  }
  fill_convex(pts, color);
}

Size Painter::text(std::string_view text, TextStyle style, Color color, Rect box, bool wrap) {
  if (text.empty()) return {0, 0};
  if (drawn_text_) drawn_text_->emplace_back(text);
  TextCache& cache = *context_.text;
  const int wrap_width = wrap ? std::max(1, box.w) : 0;
  const Size size = cache.measure(text, style, wrap_width);
  int x = box.x;
  if (style.align == TextAlign::center) x = box.x + (box.w - size.w) / 2;
  if (style.align == TextAlign::right) x = box.x + box.w - size.w;
  const int y = box.y + (box.h - size.h) / 2;
  return cache.draw(text, style, color, wrap_width, {x, y});
}

}  // namespace stillpoint::ui
