#pragma once
// Does a screen fit its window? Nobody checks a layout by eye at every size, theme and
// language, so tests ask this instead, of a screen and a frame recorded from it
// (App::record_frame):
// - every visible widget lies inside the window (screens cannot scroll: a widget outside it
//   cannot be reached), no two interactive widgets overlap (a finger would hit the wrong one),
//   and every target keeps 64 reference pixels;
// - every string lies inside its box, the window and any clip, no two strings overlap, and no
//   word is broken across lines;
// - every string keeps 4.5:1 contrast with what lies beneath it (WCAG 1.4.3), and every control
//   an edge of 3:1 against its background (WCAG 1.4.11).
#include <string>
#include <vector>

#include "stillpoint/ui/context.h"
#include "stillpoint/ui/frame_record.h"

namespace stillpoint::ui {

class Screen;

// One problem, readable in a test failure: what is wrong and which widget or string
// ("Continue" button, "Room 2" text).
struct FitProblem {
  std::string what;
  std::string widget;
};

// The problems of `screen` as last laid out in `ctx` and drawn in `frame` (its modal, when one
// is open, is what the person sees and is checked instead of the content).
std::vector<FitProblem> fit_problems(const Screen& screen, const UiContext& ctx, const FrameRecord& frame);

// The problems of the strings in `frame` alone: for screens drawn without widgets (the lobby).
std::vector<FitProblem> text_problems(const FrameRecord& frame);

// "widget: what" per line, for failure messages; empty when there is none.
std::string describe(const std::vector<FitProblem>& problems);

}  // namespace stillpoint::ui
