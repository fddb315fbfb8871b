#pragma once
// Time-based transitions read from the injected clock, so a frame drawn late still shows the
// right state and tests step time by hand (ManualTimeSource).
#include "stillpoint/core/clock.h"

namespace stillpoint::ui {

// A transition from 0 to 1 over a fixed duration. Idle (progress 1) until started.
class Animation {
public:
  Animation() = default;
  explicit Animation(Clock::duration duration) : duration_(duration) {}

  // Restarts the transition at `now`.
  void start(TimePoint now);
  // Jumps to the end (no frames needed).
  void finish() { started_ = false; }
  // Linear progress 0..1 at `now`.
  double progress(TimePoint now) const;
  // Smooth (ease-in-out) progress 0..1 at `now`.
  double eased(TimePoint now) const;
  // True while frames are needed to show the transition.
  bool running(TimePoint now) const;
  Clock::duration duration() const { return duration_; }

private:
  Clock::duration duration_ = std::chrono::milliseconds(180);
  TimePoint start_{};
  bool started_ = false;
};

// Cubic ease-in-out of t in 0..1.
double ease_in_out(double t);

}  // namespace stillpoint::ui
