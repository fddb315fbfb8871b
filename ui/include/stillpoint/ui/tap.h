#pragma once
// Press tracking shared by the tappable widgets (button, tile, toggle, intake rows).
#include "stillpoint/ui/input.h"

namespace stillpoint::ui {

struct TapEvent {
  bool redraw = false;  // the pressed look changed
  bool tapped = false;  // lifted inside after going down inside: run the action
};

// `pressed` holds while a pointer that went down on the widget stays inside it; a widget
// calls this from on_pointer with whether `position` is inside its bounds.
TapEvent track_tap(bool& pressed, PointerPhase phase, bool inside);

}  // namespace stillpoint::ui
