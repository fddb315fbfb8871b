#pragma once
// Time is injected everywhere a rule depends on it, so rules are tested with plain values.
#include <chrono>

namespace stillpoint {

using Clock = std::chrono::system_clock;
using TimePoint = Clock::time_point;
using Seconds = std::chrono::seconds;
using Minutes = std::chrono::minutes;

// The source of "now" for code whose behaviour depends on the time of day.
class TimeSource {
public:
  virtual ~TimeSource() = default;
  // The current wall-clock time.
  virtual TimePoint now() const = 0;
};

// The real wall clock.
class SystemTimeSource final : public TimeSource {
public:
  TimePoint now() const override { return Clock::now(); }
};

// A clock that only moves when told to: for tests and simulations.
class ManualTimeSource final : public TimeSource {
public:
  explicit ManualTimeSource(TimePoint start) : now_(start) {}
  TimePoint now() const override { return now_; }
  void advance(Clock::duration by) { now_ += by; }
  void set(TimePoint to) { now_ = to; }

private:
  TimePoint now_;
};

}  // namespace stillpoint
