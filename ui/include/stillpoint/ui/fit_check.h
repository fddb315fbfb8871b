#pragma once
// Does a screen fit its window? Nobody checks a layout by eye at every size, theme and
// language, so tests ask this instead: every visible widget lies inside the window, no two
// interactive widgets overlap (a finger would hit the wrong one), and every target keeps 64
// reference pixels. Screens cannot scroll: a widget outside the window cannot be reached.
#include <string>
#include <vector>

#include "stillpoint/ui/context.h"

namespace stillpoint::ui {

class Screen;

// One problem, readable in a test failure: what is wrong and which widget ("Continue" button).
struct FitProblem {
  std::string what;
  std::string widget;
};

// The problems of `screen` as last laid out in `ctx` (its modal, when one is open, is what the
// person sees and is checked instead of the content).
std::vector<FitProblem> fit_problems(const Screen& screen, const UiContext& ctx);

// "widget: what" per line, for failure messages; empty when there is none.
std::string describe(const std::vector<FitProblem>& problems);

}  // namespace stillpoint::ui
