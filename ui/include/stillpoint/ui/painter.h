#pragma once
// Drawing for widgets: soft rounded shapes through SDL_RenderGeometry (with a one-pixel feather
// so edges look smooth) and text through the cache. Valid for one frame.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/ui/context.h"
#include "stillpoint/ui/frame_record.h"
#include "stillpoint/ui/geometry.h"
#include "stillpoint/ui/text_cache.h"

struct SDL_Renderer;

namespace stillpoint::ui {

// A point with sub-pixel precision, for shapes.
struct PointF {
  float x = 0;
  float y = 0;
};

// Reusable vertex storage so a frame does not allocate once warmed up.
struct GeometryScratch;

// How a shape's outline is drawn. `soft` blends a one-pixel anti-aliased rim; `hard` leaves it
// out, for big low-contrast shapes (a background tint) where a one-pixel step cannot be seen: on
// the software renderer the rim is the costliest part of a big shape.
enum class Edge { soft, hard };

// Draws one frame of widgets onto the renderer.
class Painter {
public:
  // `drawn_text`, when set, receives every string drawn (the app's record of the last frame).
  Painter(SDL_Renderer* renderer, const UiContext& context, GeometryScratch& scratch,
          std::vector<std::string>* drawn_text = nullptr);

  const UiContext& context() const { return context_; }
  const Theme& theme() const { return *context_.theme; }
  int px(int reference) const { return context_.px(reference); }
  TimePoint now() const { return context_.now(); }

  // Keeps every shape and string drawn from now on in `record` (null stops). Checks only:
  // recording measures every wrapped word.
  void set_record(FrameRecord* record) { record_ = record; }
  FrameRecord* record() const { return record_; }

  // Limits all drawing to `clip` until changed (nullopt: the whole output). The app lifts it
  // after each frame.
  void set_clip(std::optional<Rect> clip);
  // Fills the whole output.
  void clear(Color color);
  void fill_rect(Rect rect, Color color);
  // A rectangle with round corners (radius in output pixels, clamped to half the short side).
  void fill_rounded(Rect rect, int radius, Color color);
  // A rounded rectangle with an outline of `thickness` output pixels.
  void fill_rounded_outlined(Rect rect, int radius, Color fill, Color outline, int thickness);
  void fill_circle(PointF center, float radius, Color color, Edge edge = Edge::soft);
  // A convex polygon, points in order around it.
  void fill_convex(std::span<const PointF> points, Color color, Edge edge = Edge::soft);
  // Text placed in `box`: horizontally by style.align, vertically centred; wrapped at the box
  // width when `wrap`. Returns the drawn size.
  Size text(std::string_view text, TextStyle style, Color color, Rect box, bool wrap = false);
  // The raw renderer, for app-specific drawing (images, effects).
  SDL_Renderer* renderer() const { return renderer_; }
  // The SDL pixel format of the frame, best for layers copied straight onto it.
  std::uint32_t output_format() const;

private:
  void rounded_outline(Rect rect, int radius);
  void convex(std::span<const PointF> points, Color color, Edge edge);
  void record_shape(DrawnShape::Kind kind, Rect bounds, Color color);
  void record_text(std::string_view text, TextStyle style, Color color, Rect box, Rect placed, int wrap_width);
  void fill_spans(Color color);
  bool software() const;
  bool blend_tiles(Rect rect, Color color);

  SDL_Renderer* renderer_;
  const UiContext& context_;
  GeometryScratch& scratch_;
  std::vector<std::string>* drawn_text_;
  FrameRecord* record_ = nullptr;
  std::optional<Rect> clip_;
};

}  // namespace stillpoint::ui
