#include "stillpoint/ui/input.h"

#include <cmath>

#include "sdl.h"

namespace stillpoint::ui {

void InputTranslator::set_sizes(Size window, Size output) {
  window_ = window;
  output_ = output;
}

Point InputTranslator::from_window(int x, int y) const {
  // High-DPI: mouse coordinates are in window units, layout is in output pixels.
  const double sx = window_.w > 0 ? static_cast<double>(output_.w) / window_.w : 1.0;
  const double sy = window_.h > 0 ? static_cast<double>(output_.h) / window_.h : 1.0;
  return {static_cast<int>(std::lround(x * sx)), static_cast<int>(std::lround(y * sy))};
}

std::optional<InputEvent> InputTranslator::finger(const SDL_Event& event, PointerPhase phase) {
  const SDL_TouchFingerEvent& f = event.tfinger;
  if (phase == PointerPhase::down) {
    if (finger_) return std::nullopt;  // a second finger while one is down
    finger_ = f.fingerId;
  } else if (!finger_ || *finger_ != f.fingerId) {
    return std::nullopt;
  }
  if (phase == PointerPhase::up) finger_.reset();
  InputEvent e;
  e.kind = InputEvent::Kind::pointer;
  e.phase = phase;
  e.from_touch = true;
  e.position = {static_cast<int>(std::lround(f.x * static_cast<float>(output_.w))),
                static_cast<int>(std::lround(f.y * static_cast<float>(output_.h)))};
  return e;
}

std::optional<InputEvent> InputTranslator::mouse(const SDL_Event& event, PointerPhase phase) {
  int x = 0;
  int y = 0;
  if (phase == PointerPhase::move) {
    if (event.motion.which == SDL_TOUCH_MOUSEID || !mouse_down_) return std::nullopt;
    x = event.motion.x;
    y = event.motion.y;
  } else {
    // The copy SDL makes of a touch: the finger event already counted.
    if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT)
      return std::nullopt;
    if (phase == PointerPhase::up && !mouse_down_) return std::nullopt;
    mouse_down_ = phase == PointerPhase::down;
    x = event.button.x;
    y = event.button.y;
  }
  InputEvent e;
  e.kind = InputEvent::Kind::pointer;
  e.phase = phase;
  e.position = from_window(x, y);
  return e;
}

std::optional<InputEvent> InputTranslator::window(const SDL_Event& event) {
  InputEvent e;
  switch (event.window.event) {
    case SDL_WINDOWEVENT_SIZE_CHANGED:
      e.kind = InputEvent::Kind::resized;
      return e;
    case SDL_WINDOWEVENT_EXPOSED:
    case SDL_WINDOWEVENT_RESTORED:
      e.kind = InputEvent::Kind::redraw;
      return e;
    default:
      return std::nullopt;
  }
}

namespace {

Key key_of(SDL_Keycode code) {
  switch (code) {
    case SDLK_RETURN:
    case SDLK_KP_ENTER: return Key::enter;
    case SDLK_TAB: return Key::tab;
    case SDLK_BACKSPACE: return Key::backspace;
    case SDLK_ESCAPE: return Key::escape;
    case SDLK_LEFT: return Key::left;
    case SDLK_RIGHT: return Key::right;
    case SDLK_UP: return Key::up;
    case SDLK_DOWN: return Key::down;
    default: return Key::other;
  }
}

InputEvent key_event(const SDL_Event& event) {
  InputEvent e;
  e.kind = InputEvent::Kind::key;
  e.key = key_of(event.key.keysym.sym);
  e.shift = (event.key.keysym.mod & KMOD_SHIFT) != 0;
  return e;
}

InputEvent text_event(const SDL_Event& event) {
  InputEvent e;
  e.kind = InputEvent::Kind::text;
  e.text = event.text.text;
  return e;
}

InputEvent simple(InputEvent::Kind kind) {
  InputEvent e;
  e.kind = kind;
  return e;
}

}  // namespace

std::optional<InputEvent> InputTranslator::translate(const SDL_Event& event) {
  switch (event.type) {
    case SDL_FINGERDOWN: return finger(event, PointerPhase::down);
    case SDL_FINGERMOTION: return finger(event, PointerPhase::move);
    case SDL_FINGERUP: return finger(event, PointerPhase::up);
    case SDL_MOUSEBUTTONDOWN: return mouse(event, PointerPhase::down);
    case SDL_MOUSEMOTION: return mouse(event, PointerPhase::move);
    case SDL_MOUSEBUTTONUP: return mouse(event, PointerPhase::up);
    case SDL_KEYDOWN: return key_event(event);
    case SDL_TEXTINPUT: return text_event(event);
    case SDL_WINDOWEVENT: return window(event);
    case SDL_RENDER_TARGETS_RESET:
    case SDL_RENDER_DEVICE_RESET: return simple(InputEvent::Kind::device_reset);
    case SDL_QUIT: return simple(InputEvent::Kind::quit);
    default: return std::nullopt;
  }
}

}  // namespace stillpoint::ui
