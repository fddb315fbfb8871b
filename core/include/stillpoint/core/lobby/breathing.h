#pragma once
// The breathing pacer's rules: where in its cycle a pattern is at a wall-clock instant, so every
// screen in the clinic breathes together without talking to each other.
#include <chrono>
#include <string_view>
#include <optional>

#include "stillpoint/core/clock.h"

namespace stillpoint::lobby {

// The guided patterns offered by the playlist.
enum class BreathingPattern {
  box,         // in 4, hold 4, out 4, hold 4
  four_seven_eight,  // in 4, hold 7, out 8
  coherent,    // in 5.5, out 5.5
};

// What the person is asked to do now.
enum class BreathStep { breathe_in, hold_in, breathe_out, hold_out };

// The pacer at one instant.
struct BreathState {
  BreathStep step = BreathStep::breathe_in;
  int count = 1;          // the second of the step being counted: 1, 2, 3...
  double step_progress = 0;  // 0..1 through the step
  double size = 0;        // the shape's size, 0 (empty lungs) to 1 (full), eased
};

// "box", "4-7-8", "coherent"; nothing for other names.
std::optional<BreathingPattern> parse_breathing_pattern(std::string_view name);
// One whole cycle of the pattern.
std::chrono::milliseconds breathing_cycle(BreathingPattern pattern);
// The state at `at`; the cycle starts at every multiple of its length since the Unix epoch.
BreathState breathing_state(BreathingPattern pattern, TimePoint at);

}  // namespace stillpoint::lobby
