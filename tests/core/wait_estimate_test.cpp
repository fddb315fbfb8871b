#include <doctest/doctest.h>

#include "stillpoint/core/wait_estimate.h"

using namespace stillpoint;

TEST_CASE("wait: a new clinic estimates from configured defaults per service") {
  const SessionLengthModel model({{"massage", 60}, {"rehab", 30}}, 45, 0.3);
  CHECK(model.expected_minutes("massage") == doctest::Approx(60));
  CHECK(model.expected_minutes("unknown") == doctest::Approx(45));
  CHECK(estimate_wait_minutes({"massage", "rehab"}, model, 1) == doctest::Approx(90));
  CHECK(estimate_wait_minutes({"massage", "rehab"}, model, 3) == doctest::Approx(30));
}

TEST_CASE("wait: finished sessions move the mean exponentially toward what really happens") {
  SessionLengthModel model({{"massage", 60}}, 45, 0.5);
  model.observe("massage", 40);
  CHECK(model.expected_minutes("massage") == doctest::Approx(50));
  model.observe("massage", 40);
  CHECK(model.expected_minutes("massage") == doctest::Approx(45));
}

TEST_CASE("wait: implausible sessions (zero, negative, overnight) are ignored") {
  SessionLengthModel model({{"massage", 60}}, 45, 0.5);
  model.observe("massage", 0);
  model.observe("massage", -5);
  model.observe("massage", 9 * 60);
  CHECK(model.expected_minutes("massage") == doctest::Approx(60));
}

TEST_CASE("wait: learned means survive a restore") {
  SessionLengthModel model({}, 45, 0.3);
  model.restore({{"rehab", 33}});
  CHECK(model.expected_minutes("rehab") == doctest::Approx(33));
}

TEST_CASE("wait: zero rooms is treated as one, never a division by zero") {
  const SessionLengthModel model({}, 20, 0.3);
  CHECK(estimate_wait_minutes({"x"}, model, 0) == doctest::Approx(20));
}

TEST_CASE("wait: ranges are rounded to 5 minutes and never narrower than 5") {
  CHECK(to_wait_range(0) == WaitRange{0, 5});
  CHECK(to_wait_range(30) == WaitRange{20, 40});   // 24 -> 20, 36 -> 40
  CHECK(to_wait_range(50) == WaitRange{40, 60});
  CHECK(to_wait_range(3) == WaitRange{0, 5});
  CHECK(to_wait_range(-10) == WaitRange{0, 5});
  const auto r = to_wait_range(87);
  CHECK(r.low_minutes % 5 == 0);
  CHECK(r.high_minutes % 5 == 0);
  CHECK(r.low_minutes <= 87);
  CHECK(r.high_minutes >= 87);
}

TEST_CASE("wait: someone with an appointment is never told a wait ending before it starts") {
  // An empty line says 0 to 5 minutes; an appointment 25 minutes away waits at least 25.
  CHECK(not_before(WaitRange{0, 5}, 25) == WaitRange{25, 30});
  CHECK(not_before(WaitRange{0, 5}, 27) == WaitRange{25, 30});  // rounded down like the low end
  // A longer line than the time to the start: the line decides.
  CHECK(not_before(WaitRange{40, 60}, 25) == WaitRange{40, 60});
  // A start between the ends lifts the low end only, keeping 5 minutes of width.
  CHECK(not_before(WaitRange{20, 40}, 30) == WaitRange{30, 40});
  CHECK(not_before(WaitRange{20, 30}, 30) == WaitRange{30, 35});
  // A start already past (a late arrival) changes nothing.
  CHECK(not_before(WaitRange{0, 5}, -10) == WaitRange{0, 5});
  CHECK(not_before(WaitRange{10, 15}, 0) == WaitRange{10, 15});
}
