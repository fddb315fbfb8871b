#pragma once
// A sliding-window limit of N events per window per key: kiosk lookups per device, sign-in
// attempts per account and per address. Time is passed in, so the rule is tested without waiting.
#include <chrono>
#include <deque>
#include <map>
#include <string>

#include "stillpoint/core/clock.h"

namespace stillpoint {

class RateLimiter {
public:
  RateLimiter(int max_events, Clock::duration window) : max_events_(max_events), window_(window) {}

  // Records an attempt for `key` at `now`; false (and nothing recorded) when the key already
  // used up its allowance within the window.
  bool try_acquire(const std::string& key, TimePoint now);
  // Whether an attempt now would be allowed, without recording one.
  bool would_allow(const std::string& key, TimePoint now);
  // Forgets `key` (a successful sign-in clears its failures).
  void reset(const std::string& key) { events_.erase(key); }
  // Seconds until `key` may try again (0 when it may now): for Retry-After.
  int retry_after_seconds(const std::string& key, TimePoint now);

private:
  void expire(std::deque<TimePoint>& events, TimePoint now) const;
  // Drops keys whose windows have passed, so a stream of new keys cannot grow memory forever.
  void sweep(TimePoint now);

  int max_events_;
  Clock::duration window_;
  std::map<std::string, std::deque<TimePoint>> events_;
  TimePoint last_sweep_{};
};

}  // namespace stillpoint
