// The breathing pacer: its step, count and size follow the wall clock, so screens agree.
#include <doctest/doctest.h>

#include "stillpoint/core/lobby/breathing.h"

using namespace stillpoint;
using namespace stillpoint::lobby;
using std::chrono::milliseconds;

namespace {
// `ms` into a cycle that starts at a whole multiple of `cycle` since the epoch.
TimePoint into_cycle(BreathingPattern p, long long ms) {
  const auto cycle = breathing_cycle(p);
  return TimePoint(std::chrono::duration_cast<Clock::duration>(cycle * 1'000'000 + milliseconds(ms)));
}
}  // namespace

TEST_CASE("lobby: the box pattern breathes in, holds, breathes out and holds for 4 s each") {
  const auto p = BreathingPattern::box;
  CHECK(breathing_cycle(p) == milliseconds(16000));
  CHECK(breathing_state(p, into_cycle(p, 0)).step == BreathStep::breathe_in);
  CHECK(breathing_state(p, into_cycle(p, 0)).count == 1);
  CHECK(breathing_state(p, into_cycle(p, 3999)).count == 4);
  CHECK(breathing_state(p, into_cycle(p, 4000)).step == BreathStep::hold_in);
  CHECK(breathing_state(p, into_cycle(p, 8000)).step == BreathStep::breathe_out);
  CHECK(breathing_state(p, into_cycle(p, 12000)).step == BreathStep::hold_out);
  CHECK(breathing_state(p, into_cycle(p, 16000)).step == BreathStep::breathe_in);
}

TEST_CASE("lobby: the 4-7-8 pattern holds for 7 s and breathes out for 8 s") {
  const auto p = BreathingPattern::four_seven_eight;
  CHECK(breathing_cycle(p) == milliseconds(19000));
  CHECK(breathing_state(p, into_cycle(p, 3500)).step == BreathStep::breathe_in);
  const auto hold = breathing_state(p, into_cycle(p, 10500));
  CHECK(hold.step == BreathStep::hold_in);
  CHECK(hold.count == 7);
  const auto out = breathing_state(p, into_cycle(p, 18999));
  CHECK(out.step == BreathStep::breathe_out);
  CHECK(out.count == 8);
}

TEST_CASE("lobby: coherent breathing alternates 5.5 s in and 5.5 s out with no hold") {
  const auto p = BreathingPattern::coherent;
  CHECK(breathing_cycle(p) == milliseconds(11000));
  CHECK(breathing_state(p, into_cycle(p, 5499)).step == BreathStep::breathe_in);
  CHECK(breathing_state(p, into_cycle(p, 5499)).count == 5);  // never counts a sixth half-second
  CHECK(breathing_state(p, into_cycle(p, 5500)).step == BreathStep::breathe_out);
  CHECK(breathing_state(p, into_cycle(p, 10999)).step == BreathStep::breathe_out);
}

TEST_CASE("lobby: the shape is smallest before breathing in and largest while holding in") {
  const auto p = BreathingPattern::box;
  CHECK(breathing_state(p, into_cycle(p, 0)).size == doctest::Approx(0.0));
  CHECK(breathing_state(p, into_cycle(p, 2000)).size == doctest::Approx(0.5));
  CHECK(breathing_state(p, into_cycle(p, 6000)).size == doctest::Approx(1.0));
  CHECK(breathing_state(p, into_cycle(p, 10000)).size == doctest::Approx(0.5));
  CHECK(breathing_state(p, into_cycle(p, 14000)).size == doctest::Approx(0.0));
}

TEST_CASE("lobby: the pacer depends only on the wall clock, so screens started apart agree") {
  const TimePoint t = Clock::now();
  for (auto p : {BreathingPattern::box, BreathingPattern::four_seven_eight, BreathingPattern::coherent}) {
    const auto now = breathing_state(p, t);
    const auto cycle_later = breathing_state(p, t + breathing_cycle(p) * 7);
    CHECK(now.step == cycle_later.step);
    CHECK(now.count == cycle_later.count);
    CHECK(now.size == doctest::Approx(cycle_later.size));
  }
}

TEST_CASE("lobby: pattern names are read as written in the playlist") {
  CHECK(parse_breathing_pattern("box") == BreathingPattern::box);
  CHECK(parse_breathing_pattern("4-7-8") == BreathingPattern::four_seven_eight);
  CHECK(parse_breathing_pattern("coherent") == BreathingPattern::coherent);
  CHECK_FALSE(parse_breathing_pattern("fast").has_value());
}
