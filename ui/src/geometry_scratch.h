#pragma once
// Vertex buffers kept across frames by the App, so drawing shapes does not allocate each frame.
#include <memory>
#include <vector>

#include "sdl.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {

struct GeometryScratchTextureDeleter {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};

struct GeometryScratch {
  std::vector<PointF> outline;
  std::vector<SDL_Vertex> vertices;
  std::vector<int> indices;
  std::vector<float> span_left;
  std::vector<float> span_right;
  std::vector<SDL_Rect> rects;
  // An opaque tile of one colour, copied with an alpha modulation to dim large areas (the
  // modal's scrim) on the software renderer; see Painter::fill_rect.
  std::unique_ptr<SDL_Texture, GeometryScratchTextureDeleter> tile;
  Color tile_color{0, 0, 0, 0};
  // Whether the renderer is SDL's software one (known after the first frame that asks).
  int software = -1;
  // The pixel format frames are drawn in, when the app knows it (software rendering): an opaque
  // layer made in it is copied onto the frame as plain memory, with no per-pixel conversion.
  Uint32 output_format = SDL_PIXELFORMAT_ARGB8888;
};

}  // namespace stillpoint::ui
