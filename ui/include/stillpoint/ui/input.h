#pragma once
// The one place where SDL input becomes toolkit input: fingers (normalised coordinates) and the
// mouse become pointer events in output pixels; the mouse events SDL synthesises from touches
// are dropped so a tap never counts twice; keys and typed text pass through.
#include <cstdint>
#include <optional>
#include <string>

#include "stillpoint/ui/geometry.h"

union SDL_Event;

namespace stillpoint::ui {

enum class PointerPhase { down, move, up };

// The keys the toolkit acts on; everything else is `other`. Escape is reported but does
// nothing special: a kiosk must not be escapable.
enum class Key { none, enter, tab, backspace, escape, left, right, up, down, other };

// One input event in toolkit terms.
struct InputEvent {
  enum class Kind { pointer, text, key, resized, redraw, device_reset, quit };
  Kind kind = Kind::redraw;
  PointerPhase phase = PointerPhase::down;
  // Pointer position in output pixels.
  Point position;
  bool from_touch = false;
  // UTF-8 from SDL_TEXTINPUT.
  std::string text;
  Key key = Key::none;
  bool shift = false;
};

// Converts SDL events, remembering which finger is the active pointer (one-finger UI: a second
// finger is ignored until the first lifts) and the window-to-output scale for high-DPI mice.
class InputTranslator {
public:
  // Window size in screen coordinates (mouse) and renderer output size in pixels (layout).
  void set_sizes(Size window, Size output);
  Size output() const { return output_; }
  // The toolkit event for `event`, or nothing when it is irrelevant or a duplicate.
  std::optional<InputEvent> translate(const SDL_Event& event);

private:
  std::optional<InputEvent> finger(const SDL_Event& event, PointerPhase phase);
  std::optional<InputEvent> mouse(const SDL_Event& event, PointerPhase phase);
  std::optional<InputEvent> window(const SDL_Event& event);
  Point from_window(int x, int y) const;

  Size window_{1080, 1920};
  Size output_{1080, 1920};
  std::optional<std::int64_t> finger_;
  bool mouse_down_ = false;
};

}  // namespace stillpoint::ui
