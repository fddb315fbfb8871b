#include "test_support.h"

#include <cstdlib>

namespace stillpoint::ui::test {

std::filesystem::path themes_dir() {
  return std::filesystem::path(STILLPOINT_SOURCE_DIR) / "assets" / "themes";
}

std::filesystem::path scratch_dir(const std::string& name) {
  const auto dir = std::filesystem::path(STILLPOINT_BINARY_DIR) / "test-output" / "ui" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

namespace {
AppOptions headless_options(Size size, Theme theme, Translator translate, const TimeSource& clock) {
  // Before SDL_Init: every test window is offscreen, and no sound device is opened.
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  AppOptions o;
  o.window.fullscreen = false;
  o.window.size = size;
  o.theme = std::move(theme);
  o.translate = std::move(translate);
  o.clock = &clock;
  return o;
}
}  // namespace

Harness::Harness(Size size, Theme theme, Translator translate)
    : clock(TimePoint{} + std::chrono::hours(24 * 365 * 50)),
      app(std::make_unique<App>(headless_options(size, std::move(theme), std::move(translate), clock))) {}

Screen& Harness::show(std::unique_ptr<Screen> screen) {
  Screen& s = *screen;
  app->push(std::move(screen));
  app->pump();
  return s;
}

void Harness::finger(Uint32 type, Point p, SDL_FingerID id) {
  const Size out = app->output_size();
  SDL_Event e{};
  e.type = type;
  e.tfinger.touchId = 7;
  e.tfinger.fingerId = id;
  e.tfinger.x = static_cast<float>(p.x) / static_cast<float>(out.w);
  e.tfinger.y = static_cast<float>(p.y) / static_cast<float>(out.h);
  SDL_PushEvent(&e);
}

void Harness::finger_tap(Point p, bool with_synthetic_mouse) {
  finger(SDL_FINGERDOWN, p);
  SDL_Event m{};
  m.button.which = SDL_TOUCH_MOUSEID;
  m.button.button = SDL_BUTTON_LEFT;
  m.button.x = p.x;
  m.button.y = p.y;
  if (with_synthetic_mouse) {
    m.type = SDL_MOUSEBUTTONDOWN;
    SDL_PushEvent(&m);
  }
  finger(SDL_FINGERUP, p);
  if (with_synthetic_mouse) {
    m.type = SDL_MOUSEBUTTONUP;
    SDL_PushEvent(&m);
  }
  app->pump();
}

void Harness::click(Point p) {
  SDL_Event m{};
  m.button.which = 0;
  m.button.button = SDL_BUTTON_LEFT;
  m.button.x = p.x;
  m.button.y = p.y;
  m.type = SDL_MOUSEBUTTONDOWN;
  SDL_PushEvent(&m);
  m.type = SDL_MOUSEBUTTONUP;
  SDL_PushEvent(&m);
  app->pump();
}

void Harness::key(SDL_Keycode code, Uint16 mod) {
  SDL_Event e{};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = code;
  e.key.keysym.mod = mod;
  SDL_PushEvent(&e);
  app->pump();
}

void Harness::text(const std::string& utf8) {
  SDL_Event e{};
  e.type = SDL_TEXTINPUT;
  utf8.copy(e.text.text, sizeof(e.text.text) - 1);
  SDL_PushEvent(&e);
  app->pump();
}

void Harness::advance_ms(int ms) { clock.advance(std::chrono::milliseconds(ms)); }

}  // namespace stillpoint::ui::test
