#pragma once
// The lobby's look: the two palettes and where the content, queue panel and footer go.
#include <string_view>

#include "stillpoint/display/lobby_config.h"
#include "stillpoint/ui/geometry.h"
#include "stillpoint/ui/theme.h"

namespace stillpoint::display {

// Colours of one palette. Text colours keep WCAG AA contrast on the backgrounds they sit on.
struct Palette {
  ui::Color top;         // backdrop gradient, top
  ui::Color bottom;      // backdrop gradient, bottom
  ui::Color shape;       // the soft shapes drifting in the backdrop
  ui::Color text;
  ui::Color muted;
  ui::Color breath;      // the pacer's shape
  ui::Color halo;        // its soft rings
  ui::Color panel;       // the queue card
  ui::Color code;        // ticket codes
  ui::Color footer;
};

// "day" (sage and sand) or "evening" (dusk blue and amber); anything else reads as day.
const Palette& palette_named(std::string_view name);

// The toolkit theme for a TV seen from across a room: larger type than the kiosk's.
ui::Theme lobby_theme(const ui::Theme& base);

// The regions of the screen, in output pixels.
struct LobbyLayout {
  ui::Rect content;  // the slide
  ui::Rect panel;    // the queue card
  ui::Rect stage;    // content and panel together (the queue slide and the takeover)
  ui::Rect footer;   // clock, message, helpline
  bool panel_row = false;      // the queue card's blocks side by side (a bottom card in landscape)
  bool footer_two_rows = false;  // portrait: the message above the helpline and the clock
};

// Places the regions for `output`; `scale` is output pixels per reference pixel. A portrait
// screen has no width to spare beside the content: its card goes under it whatever `placement`
// says, its blocks one under another, and its footer takes two rows.
LobbyLayout lobby_layout(ui::Size output, double scale, PanelPlacement placement);

}  // namespace stillpoint::display
