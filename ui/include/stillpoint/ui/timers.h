#pragma once
// One-shot timers on the injected clock: idle timeouts, countdowns, "back to welcome after 20 s".
// The app loop sleeps until the earliest one is due; nothing here touches SDL.
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "stillpoint/core/clock.h"

namespace stillpoint::ui {

// Identifies a scheduled timer for cancel(); 0 is never used.
using TimerId = std::uint64_t;

// A set of one-shot timers, fired in due order by fire_due(). A callback may schedule or cancel
// timers (including itself) safely.
class Timers {
public:
  // Runs `callback` once at or after `due`. `owner` (e.g. a Screen) lets cancel_owned() drop all
  // of one owner's timers when it goes away.
  TimerId at(TimePoint due, std::function<void()> callback, const void* owner = nullptr);
  // Cancels a pending timer; unknown or fired ids are ignored.
  void cancel(TimerId id);
  // Cancels every timer scheduled with `owner`.
  void cancel_owned(const void* owner);
  // Fires every timer due at `now`, earliest first; returns how many fired.
  int fire_due(TimePoint now);
  // When the earliest pending timer is due, if any.
  std::optional<TimePoint> next_due() const;
  bool pending(TimerId id) const;
  std::size_t size() const { return timers_.size(); }

private:
  struct Entry {
    TimerId id;
    TimePoint due;
    std::function<void()> callback;
    const void* owner;
  };
  std::vector<Entry> timers_;
  TimerId next_id_ = 1;
};

}  // namespace stillpoint::ui
