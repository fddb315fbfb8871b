#include "stillpoint/core/lobby/breathing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace stillpoint::lobby {
namespace {

using std::chrono::milliseconds;

struct Step {
  BreathStep step;
  milliseconds length;
};

constexpr std::array kBox{Step{BreathStep::breathe_in, milliseconds(4000)},
                          Step{BreathStep::hold_in, milliseconds(4000)},
                          Step{BreathStep::breathe_out, milliseconds(4000)},
                          Step{BreathStep::hold_out, milliseconds(4000)}};
constexpr std::array kFourSevenEight{Step{BreathStep::breathe_in, milliseconds(4000)},
                                     Step{BreathStep::hold_in, milliseconds(7000)},
                                     Step{BreathStep::breathe_out, milliseconds(8000)}};
constexpr std::array kCoherent{Step{BreathStep::breathe_in, milliseconds(5500)},
                               Step{BreathStep::breathe_out, milliseconds(5500)}};

std::span<const Step> steps_of(BreathingPattern pattern) {
  switch (pattern) {
    case BreathingPattern::box: return kBox;
    case BreathingPattern::four_seven_eight: return kFourSevenEight;
    case BreathingPattern::coherent: return kCoherent;
  }
  return kBox;
}

// A sine ease: the shape starts and ends each breath slowly, like lungs do.
double ease(double t) { return 0.5 - 0.5 * std::cos(t * 3.14159265358979323846); }

double size_of(BreathStep step, double progress) {
  switch (step) {
    case BreathStep::breathe_in: return ease(progress);
    case BreathStep::hold_in: return 1.0;
    case BreathStep::breathe_out: return 1.0 - ease(progress);
    case BreathStep::hold_out: return 0.0;
  }
  return 0.0;
}

}  // namespace

std::optional<BreathingPattern> parse_breathing_pattern(std::string_view name) {
  if (name == "box") return BreathingPattern::box;
  if (name == "4-7-8") return BreathingPattern::four_seven_eight;
  if (name == "coherent") return BreathingPattern::coherent;
  return std::nullopt;
}

milliseconds breathing_cycle(BreathingPattern pattern) {
  milliseconds total{0};
  for (const Step& s : steps_of(pattern)) total += s.length;
  return total;
}

BreathState breathing_state(BreathingPattern pattern, TimePoint at) {
  const auto since_epoch = std::chrono::duration_cast<milliseconds>(at.time_since_epoch());
  const milliseconds cycle = breathing_cycle(pattern);
  milliseconds into = since_epoch % cycle;
  if (into < milliseconds::zero()) into += cycle;
  for (const Step& s : steps_of(pattern)) {
    if (into < s.length) {
      const double progress = static_cast<double>(into.count()) / static_cast<double>(s.length.count());
      const int whole_seconds = static_cast<int>(s.length.count() / 1000);
      const int count = std::min(whole_seconds, static_cast<int>(into.count() / 1000) + 1);
      return {s.step, count, progress, size_of(s.step, progress)};
    }
    into -= s.length;
  }
  return {};
}

}  // namespace stillpoint::lobby
