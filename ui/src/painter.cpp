#include "stillpoint/ui/painter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "geometry_scratch.h"
#include "sdl_session.h"

namespace stillpoint::ui {

namespace {

// Rows beyond this are never drawn (SDL textures are at most this tall).
constexpr int kMaxSide = 16384;
// Side of the tile that dims large areas (see blend_tiles).
constexpr int kTile = 256;

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
    : renderer_(renderer), context_(context), scratch_(scratch), drawn_text_(drawn_text) {
  // One Painter per frame: the text cache keeps this frame's textures whatever its budget.
  if (context_.text) context_.text->begin_frame();
}

void Painter::set_clip(std::optional<Rect> clip) {
  clip_ = clip;
  if (!clip) {
    SDL_RenderSetClipRect(renderer_, nullptr);
    return;
  }
  const SDL_Rect r{clip->x, clip->y, clip->w, clip->h};
  SDL_RenderSetClipRect(renderer_, &r);
}

void Painter::clear(Color color) {
  if (record_) record_shape(DrawnShape::Kind::rect, context_.metrics.bounds(), color);
  SDL_SetRenderDrawColor(renderer_, color.r, color.g, color.b, color.a);
  SDL_RenderClear(renderer_);
}

void Painter::fill_rect(Rect rect, Color color) {
  if (color.a == 0 || rect.w <= 0 || rect.h <= 0) return;
  if (record_) record_shape(DrawnShape::Kind::rect, rect, color);
  if (color.a < 255 && static_cast<long>(rect.w) * rect.h >= kTile * kTile && software() &&
      blend_tiles(rect, color))
    return;
  SDL_SetRenderDrawColor(renderer_, color.r, color.g, color.b, color.a);
  const SDL_Rect r{rect.x, rect.y, rect.w, rect.h};
  // Opaque: a plain fill, not a per-pixel blend.
  if (color.a == 255) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
  SDL_RenderFillRect(renderer_, &r);
  if (color.a == 255) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

std::uint32_t Painter::output_format() const { return scratch_.output_format; }

bool Painter::software() const {
  if (scratch_.software < 0) scratch_.software = software_renderer(renderer_) ? 1 : 0;
  return scratch_.software == 1;
}

// SDL's software renderer blends a translucent rectangle pixel by pixel in plain C, which for a
// full-screen scrim costs several milliseconds. Copying an opaque tile with an alpha
// modulation takes its optimised surface-alpha blitter instead; the tile is small (256 KiB).
bool Painter::blend_tiles(Rect rect, Color color) {
  auto& tile = scratch_.tile;
  const Color opaque{color.r, color.g, color.b, 255};
  // The frame's own channel order without alpha: SDL then blends with its optimised
  // surface-alpha blitter; any other pairing takes a generic per-pixel one, several times slower.
  const Uint32 format =
      scratch_.output_format == SDL_PIXELFORMAT_ABGR8888 ? Uint32{SDL_PIXELFORMAT_BGR888} : Uint32{SDL_PIXELFORMAT_RGB888};
  if (!tile) {
    tile.reset(SDL_CreateTexture(renderer_, format, SDL_TEXTUREACCESS_STATIC, kTile, kTile));
    if (!tile) return false;
    scratch_.tile_color = Color{0, 0, 0, 0};
  }
  if (scratch_.tile_color != opaque) {
    SDL_PixelFormat* layout = SDL_AllocFormat(format);
    if (layout == nullptr) return false;
    const Uint32 pixel = SDL_MapRGB(layout, color.r, color.g, color.b);
    SDL_FreeFormat(layout);
    std::vector<Uint32> pixels(static_cast<std::size_t>(kTile) * kTile, pixel);  // rare: a new colour
    if (SDL_UpdateTexture(tile.get(), nullptr, pixels.data(), kTile * 4) != 0) return false;
    scratch_.tile_color = opaque;
  }
  SDL_SetTextureBlendMode(tile.get(), SDL_BLENDMODE_BLEND);
  SDL_SetTextureAlphaMod(tile.get(), color.a);
  for (int y = rect.y; y < rect.y + rect.h; y += kTile)
    for (int x = rect.x; x < rect.x + rect.w; x += kTile) {
      const int w = std::min(kTile, rect.x + rect.w - x);
      const int h = std::min(kTile, rect.y + rect.h - y);
      const SDL_Rect src{0, 0, w, h};
      const SDL_Rect dst{x, y, w, h};
      SDL_RenderCopy(renderer_, tile.get(), &src, &dst);
    }
  return true;
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

// The inside of the polygon made by the inner (solid) vertices in scratch_.vertices, as one
// rectangle per pixel row. SDL's software renderer rasterises a triangle by testing every pixel
// of its bounding box (and, when blending, through a temporary surface of that size), so big
// triangles cost far more than their area; row spans are plain fills.
void Painter::fill_spans(Color color) {
  const auto& v = scratch_.vertices;
  const std::size_t n = v.size() / 2;
  float top = v[0].position.y;
  float bottom = top;
  for (std::size_t i = 0; i < n; ++i) {
    top = std::min(top, v[2 * i].position.y);
    bottom = std::max(bottom, v[2 * i].position.y);
  }
  const int first = std::max(0, static_cast<int>(std::ceil(top - 0.5f)));
  const int last = std::min(kMaxSide, static_cast<int>(std::floor(bottom - 0.5f)));
  if (last < first) return;
  auto& left = scratch_.span_left;
  auto& right = scratch_.span_right;
  const auto rows = static_cast<std::size_t>(last - first + 1);
  left.assign(rows, std::numeric_limits<float>::max());
  right.assign(rows, std::numeric_limits<float>::lowest());
  for (std::size_t i = 0; i < n; ++i) {
    const SDL_FPoint p = v[2 * i].position;
    const SDL_FPoint q = v[2 * ((i + 1) % n)].position;
    if (p.y == q.y) continue;
    const float y0 = std::min(p.y, q.y);
    const float y1 = std::max(p.y, q.y);
    const int r0 = std::max(first, static_cast<int>(std::ceil(y0 - 0.5f)));
    const int r1 = std::min(last, static_cast<int>(std::floor(y1 - 0.5f)));
    for (int r = r0; r <= r1; ++r) {
      const float yc = static_cast<float>(r) + 0.5f;
      const float x = p.x + (yc - p.y) * (q.x - p.x) / (q.y - p.y);
      const auto k = static_cast<std::size_t>(r - first);
      left[k] = std::min(left[k], x);
      right[k] = std::max(right[k], x);
    }
  }
  auto& rects = scratch_.rects;
  rects.clear();
  for (std::size_t k = 0; k < rows; ++k) {
    const int x0 = static_cast<int>(std::ceil(left[k] - 0.5f));
    const int x1 = static_cast<int>(std::floor(right[k] - 0.5f));
    if (x1 >= x0) rects.push_back({x0, first + static_cast<int>(k), x1 - x0 + 1, 1});
  }
  if (rects.empty()) return;
  SDL_SetRenderDrawColor(renderer_, color.r, color.g, color.b, color.a);
  // An opaque inside needs no blending.
  if (color.a == 255) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_NONE);
  SDL_RenderFillRects(renderer_, rects.data(), static_cast<int>(rects.size()));
  if (color.a == 255) SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);
}

void Painter::fill_convex(std::span<const PointF> points, Color color, Edge edge) {
  if (record_ && points.size() >= 3 && color.a > 0) {
    DrawnShape shape{DrawnShape::Kind::polygon, {}, color, {}};
    constexpr int kFar = std::numeric_limits<int>::max();
    int x0 = kFar, y0 = kFar, x1 = -kFar, y1 = -kFar;
    for (const PointF p : points) {
      const Point q{static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y))};
      shape.points.push_back(q);
      x0 = std::min(x0, q.x);
      y0 = std::min(y0, q.y);
      x1 = std::max(x1, q.x);
      y1 = std::max(y1, q.y);
    }
    shape.bounds = {x0, y0, x1 - x0 + 1, y1 - y0 + 1};
    record_->shapes.push_back(std::move(shape));
  }
  convex(points, color, edge);
}

void Painter::convex(std::span<const PointF> points, Color color, Edge edge) {
  const std::size_t n = points.size();
  if (n < 3 || color.a == 0) return;
  auto& v = scratch_.vertices;
  auto& idx = scratch_.indices;
  v.clear();
  idx.clear();
  const SDL_Color solid = sdl(color);
  const SDL_Color clear{color.r, color.g, color.b, 0};
  // Inner vertices sit half a pixel in, outer ones half a pixel out with zero alpha: a cheap
  // anti-aliased edge, since SDL's geometry has no multisampling. A hard edge is the outline.
  const float half = edge == Edge::soft ? 0.5f : 0.0f;
  for (std::size_t i = 0; i < n; ++i) {
    const PointF prev = points[(i + n - 1) % n];
    const PointF next = points[(i + 1) % n];
    const PointF n1 = edge_normal(prev, points[i]);
    const PointF n2 = edge_normal(points[i], next);
    const PointF nv = normalised(n1.x + n2.x, n1.y + n2.y);
    v.push_back(vertex(points[i].x - nv.x * half, points[i].y - nv.y * half, solid));
    v.push_back(vertex(points[i].x + nv.x * half, points[i].y + nv.y * half, clear));
  }
  fill_spans(color);
  if (edge == Edge::hard) return;
  idx.clear();
  for (std::size_t i = 0; i < n; ++i) {
    const int p = static_cast<int>(2 * i);
    const int q = static_cast<int>(2 * ((i + 1) % n));
    idx.insert(idx.end(), {p, p + 1, q, q, p + 1, q + 1});
  }
  SDL_RenderGeometry(renderer_, nullptr, v.data(), static_cast<int>(v.size()), idx.data(),
                     static_cast<int>(idx.size()));
}

void Painter::fill_rounded(Rect rect, int radius, Color color) {
  if (rect.w <= 0 || rect.h <= 0) return;
  if (record_ && color.a > 0) record_shape(DrawnShape::Kind::rect, rect, color);
  rounded_outline(rect, radius);
  // Copy out: convex() reuses the vertex scratch, not the outline.
  convex(scratch_.outline, color, Edge::soft);
}

void Painter::fill_rounded_outlined(Rect rect, int radius, Color fill, Color outline,
                                    int thickness) {
  fill_rounded(rect, radius, outline);
  fill_rounded(rect.inset(thickness), std::max(0, radius - thickness), fill);
}

void Painter::fill_circle(PointF center, float radius, Color color, Edge edge) {
  auto& pts = scratch_.outline;
  pts.clear();
  const int steps = std::clamp(static_cast<int>(radius), 12, 64);
  for (int i = 0; i < steps; ++i) {
    const double a = 2 * std::numbers::pi * i / steps;
    pts.push_back({center.x + radius * static_cast<float>(std::cos(a)),
                   center.y + radius * static_cast<float>(std::sin(a))});
  }
  if (record_ && color.a > 0) {
    const int r = static_cast<int>(std::lround(radius));
    record_shape(DrawnShape::Kind::circle,
                 {static_cast<int>(std::lround(center.x)) - r, static_cast<int>(std::lround(center.y)) - r, 2 * r, 2 * r},
                 color);
  }
  convex(pts, color, edge);
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
  if (record_) record_text(text, style, color, box, {x, y, size.w, size.h}, wrap_width);
  return cache.draw(text, style, color, wrap_width, {x, y});
}

void Painter::record_shape(DrawnShape::Kind kind, Rect bounds, Color color) {
  record_->shapes.push_back({kind, bounds, color, {}});
}

void Painter::record_text(std::string_view text, TextStyle style, Color color, Rect box, Rect placed,
                          int wrap_width) {
  DrawnText drawn{std::string(text), box, placed, color, clip_, false, record_->shapes.size()};
  // SDL_ttf breaks a word wider than the wrap width wherever it runs out of room.
  for (std::size_t start = 0; wrap_width > 0 && start < text.size() && !drawn.broke_word;) {
    std::size_t end = text.find_first_of(" \n", start);
    if (end == std::string_view::npos) end = text.size();
    if (end > start && context_.text->measure(text.substr(start, end - start), style, 0).w > wrap_width)
      drawn.broke_word = true;
    start = end + 1;
  }
  record_->texts.push_back(std::move(drawn));
}

}  // namespace stillpoint::ui
