#include "stillpoint/ui/tap.h"

namespace stillpoint::ui {

TapEvent track_tap(bool& pressed, PointerPhase phase, bool inside) {
  const bool was = pressed;
  pressed = phase != PointerPhase::up && inside;
  return {pressed != was, phase == PointerPhase::up && was && inside};
}

}  // namespace stillpoint::ui
