#pragma once
// SDL, SDL_ttf and SDL_image initialised for one App's lifetime, shut down in reverse order.
struct SDL_Renderer;

namespace stillpoint::ui {

// Initialises video, events, fonts and PNG; throws std::runtime_error with SDL's message.
class SdlSession {
public:
  SdlSession();
  ~SdlSession();
  SdlSession(const SdlSession&) = delete;
  SdlSession& operator=(const SdlSession&) = delete;
};

// True on SDL's headless video drivers (offscreen, dummy), which need the software renderer.
bool headless_video_driver();

// True when `renderer` is SDL's software one.
bool software_renderer(SDL_Renderer* renderer);

}  // namespace stillpoint::ui
