#pragma once
// What widgets need to measure, lay out and draw, passed explicitly (no globals): the theme,
// the output metrics, the text cache, the current language and the injected clock.
#include <string>

#include "stillpoint/core/clock.h"
#include "stillpoint/ui/metrics.h"
#include "stillpoint/ui/text.h"
#include "stillpoint/ui/text_cache.h"
#include "stillpoint/ui/theme.h"

namespace stillpoint::ui {

// A view of the app's current state; owned by the App and valid while it lives.
struct UiContext {
  const Theme* theme = nullptr;
  Metrics metrics;
  TextCache* text = nullptr;
  Translator translate;
  const TimeSource* clock = nullptr;
  // True after Tab was used, so focus rings show for keyboard users only.
  bool focus_visible = false;
  // True when the output still holds the last frame pixel for pixel (software rendering, and
  // nothing has resized, exposed or replaced it since): a screen may then redraw only what
  // moved, inside Painter::set_clip.
  bool frame_kept = false;

  TimePoint now() const { return clock->now(); }
  std::string resolve(const Text& t) const { return t.resolve(translate); }
  // Reference pixels to output pixels.
  int px(int reference) const { return metrics.px(reference); }
  // The theme's minimum touch target in output pixels.
  int target() const { return metrics.px(theme->touch_target); }
};

}  // namespace stillpoint::ui
