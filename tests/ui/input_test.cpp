// The one input translator: fingers to pixels, the mouse copies of touches dropped, mouse and
// keyboard working, and a tap activating a button exactly once.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace stillpoint::ui;

namespace {

// A screen with one big button counting its taps.
struct CountingScreen {
  std::unique_ptr<Screen> screen = std::make_unique<Screen>();
  Button* button = nullptr;
  int taps = 0;
  CountingScreen() {
    button = &screen->root().add<Button>(literal("Check in"), [this] { ++taps; });
  }
};

SDL_Event finger_event(Uint32 type, float x, float y, SDL_FingerID id) {
  SDL_Event e{};
  e.type = type;
  e.tfinger.fingerId = id;
  e.tfinger.x = x;
  e.tfinger.y = y;
  return e;
}

}  // namespace

TEST_CASE("finger coordinates are normalised and become output pixels") {
  InputTranslator t;
  t.set_sizes({540, 960}, {1080, 1920});
  const auto e = t.translate(finger_event(SDL_FINGERDOWN, 0.5f, 0.25f, 3));
  REQUIRE(e);
  CHECK(e->kind == InputEvent::Kind::pointer);
  CHECK(e->from_touch);
  CHECK(e->position == Point{540, 480});
}

TEST_CASE("mouse coordinates scale from window units to output pixels on high-DPI") {
  InputTranslator t;
  t.set_sizes({540, 960}, {1080, 1920});
  SDL_Event m{};
  m.type = SDL_MOUSEBUTTONDOWN;
  m.button.button = SDL_BUTTON_LEFT;
  m.button.x = 100;
  m.button.y = 200;
  const auto e = t.translate(m);
  REQUIRE(e);
  CHECK(e->position == Point{200, 400});
}

TEST_CASE("the mouse events SDL synthesises from a touch are ignored") {
  InputTranslator t;
  SDL_Event m{};
  m.type = SDL_MOUSEBUTTONDOWN;
  m.button.which = SDL_TOUCH_MOUSEID;
  m.button.button = SDL_BUTTON_LEFT;
  CHECK_FALSE(t.translate(m));
  m.type = SDL_MOUSEBUTTONUP;
  CHECK_FALSE(t.translate(m));
  m.type = SDL_MOUSEMOTION;
  m.motion.which = SDL_TOUCH_MOUSEID;
  CHECK_FALSE(t.translate(m));
}

TEST_CASE("a second finger is ignored while the first is down") {
  InputTranslator t;
  CHECK(t.translate(finger_event(SDL_FINGERDOWN, 0.1f, 0.1f, 1)));
  CHECK_FALSE(t.translate(finger_event(SDL_FINGERDOWN, 0.9f, 0.9f, 2)));
  CHECK_FALSE(t.translate(finger_event(SDL_FINGERUP, 0.9f, 0.9f, 2)));
  CHECK(t.translate(finger_event(SDL_FINGERUP, 0.1f, 0.1f, 1)));
}

TEST_CASE("a finger tap activates a button once, even with SDL's mouse copy of the touch") {
  test::Harness h;
  CountingScreen s;
  auto& button = *s.button;
  h.show(std::move(s.screen));
  h.finger_tap(button.bounds().center(), /*with_synthetic_mouse=*/true);
  CHECK(s.taps == 1);
  h.finger_tap(button.bounds().center(), true);
  CHECK(s.taps == 2);
}

TEST_CASE("a mouse click activates a button") {
  test::Harness h;
  CountingScreen s;
  auto& button = *s.button;
  h.show(std::move(s.screen));
  h.click(button.bounds().center());
  CHECK(s.taps == 1);
}

TEST_CASE("a touch that slides off the button before lifting does not activate it") {
  test::Harness h;
  CountingScreen s;
  auto& button = *s.button;
  h.show(std::move(s.screen));
  const Point inside = button.bounds().center();
  const Point outside{inside.x, button.bounds().y + button.bounds().h + 200};
  h.finger(SDL_FINGERDOWN, inside);
  h.app->pump();
  CHECK(button.pressed());
  h.finger(SDL_FINGERMOTION, outside);
  h.finger(SDL_FINGERUP, outside);
  h.app->pump();
  CHECK_FALSE(button.pressed());
  CHECK(s.taps == 0);
}

TEST_CASE("Tab focuses and Enter activates a button, Escape does nothing") {
  test::Harness h;
  CountingScreen s;
  auto& button = *s.button;
  Screen& screen = h.show(std::move(s.screen));
  h.key(SDLK_ESCAPE);
  CHECK(h.app->depth() == 1);
  CHECK(s.taps == 0);
  h.key(SDLK_TAB);
  CHECK(button.focused());
  CHECK(screen.focused() == &button);
  h.key(SDLK_RETURN);
  CHECK(s.taps == 1);
}

TEST_CASE("a window-close request (Alt+F4) does not end a kiosk's loop") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  bool running_after_close = false;
  // The key after the close request runs the listener: the loop must still be running then.
  h.app->set_activity_listener([&] {
    running_after_close = h.app->running();
    h.app->quit();
  });
  SDL_Event quit{};
  quit.type = SDL_QUIT;
  SDL_PushEvent(&quit);
  SDL_Event key{};
  key.type = SDL_KEYDOWN;
  key.key.keysym.sym = SDLK_a;
  SDL_PushEvent(&key);
  h.app->run();
  CHECK(running_after_close);
}
