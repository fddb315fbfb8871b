#pragma once
// A full-output picture painted once into a texture and then copied each frame: a still
// background (gradient, soft shapes, cards) costs one copy instead of many blended fills.
// Paint shapes only: text painted into the layer is not recorded in the frame's drawn text, so
// draw text on top every frame (the text cache makes that cheap).
#include <functional>
#include <memory>
#include <string>

#include "stillpoint/ui/geometry.h"
#include "stillpoint/ui/image_texture.h"

namespace stillpoint::ui {

class Painter;

class CachedLayer {
public:
  // `opaque`: every paint covers every pixel, so the layer replaces the frame with a plain copy
  // (no blending: the cheapest way to put a background down). Otherwise it is blended.
  explicit CachedLayer(bool opaque = false);
  ~CachedLayer();
  CachedLayer(const CachedLayer&) = delete;
  CachedLayer& operator=(const CachedLayer&) = delete;

  // Copies the layer over the whole output, first repainting it with `paint` (output
  // coordinates, on a transparent layer) when `key` differs from the last paint, the output
  // size or renderer changed, or there is no layer yet. When no texture can be made, `paint`
  // draws straight onto the frame instead (correct, just not cached).
  void draw(Painter& painter, const std::string& key, const std::function<void(Painter&)>& paint);
  // Forgets the layer (the next draw repaints).
  void clear();
  // How often the layer was repainted (tests and benches).
  int repaints() const;

private:
  friend class Sprite;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// A small picture painted once into a texture and drawn scaled each frame: a soft shape that
// grows and shrinks costs one scaled copy instead of several overlapping blended fills.
class Sprite {
public:
  Sprite();
  ~Sprite();
  Sprite(const Sprite&) = delete;
  Sprite& operator=(const Sprite&) = delete;

  // Draws the sprite stretched over `dst` (linear filtering, blended), first repainting it with
  // `paint` on a transparent `size` canvas (coordinates from 0,0) when `key` or `size` changed.
  // `transparent` is the colour of that canvas at zero alpha: give the colour of the outermost
  // translucent paint, or its soft edges blend toward black and come out grey. When no texture
  // can be made, `paint` draws straight onto the frame, unscaled at dst's corner.
  void draw(Painter& painter, const std::string& key, Size size, FloatRect dst, Color transparent,
            const std::function<void(Painter&)>& paint);
  int repaints() const;

private:
  struct Stretch;
  CachedLayer layer_;
  std::unique_ptr<Stretch> stretch_;
};

}  // namespace stillpoint::ui
