#pragma once
// Vertex buffers kept across frames by the App, so drawing shapes does not allocate each frame.
#include <vector>

#include "sdl.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {

struct GeometryScratch {
  std::vector<PointF> outline;
  std::vector<SDL_Vertex> vertices;
  std::vector<int> indices;
};

}  // namespace stillpoint::ui
