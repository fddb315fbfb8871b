#include "sdl_session.h"

#include <stdexcept>
#include <string>
#include <string_view>

#include "sdl.h"

namespace stillpoint::ui {

SdlSession::SdlSession() {
  // A touch must not also arrive as a mouse click we act on; we filter the copies ourselves, but
  // mouse clicks must never turn into fake touches either.
  SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
  SDL_SetHint(SDL_HINT_RENDER_SCALE_QUALITY, "linear");
  // SDL would turn SIGTERM into a window-close request, which a kiosk rightly ignores; the apps
  // stop on signals themselves (StopSignals).
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0)
    throw std::runtime_error(std::string("SDL_Init failed: ") + SDL_GetError());
  if (TTF_Init() != 0) {
    SDL_Quit();
    throw std::runtime_error(std::string("TTF_Init failed: ") + TTF_GetError());
  }
  IMG_Init(IMG_INIT_PNG | IMG_INIT_JPG);
}

SdlSession::~SdlSession() {
  IMG_Quit();
  TTF_Quit();
  SDL_Quit();
}

bool headless_video_driver() {
  const char* driver = SDL_GetCurrentVideoDriver();
  if (driver == nullptr) return false;
  const std::string_view d(driver);
  return d == "offscreen" || d == "dummy";
}

bool software_renderer(SDL_Renderer* renderer) {
  SDL_RendererInfo info{};
  return SDL_GetRendererInfo(renderer, &info) == 0 && (info.flags & SDL_RENDERER_SOFTWARE) != 0;
}

}  // namespace stillpoint::ui
