#pragma once
// core's RateLimiter behind a mutex, for limits shared by every request thread (kiosk lookups
// per device, failed sign-ins per account and per address).
#include <mutex>
#include <string>

#include "stillpoint/core/rate_limiter.h"

namespace stillpoint::server::http {

// A sliding-window limit that many threads may consult at once.
class SharedRateLimiter {
public:
  SharedRateLimiter(int max_events, Clock::duration window) : limiter_(max_events, window) {}

  // Records an attempt; false (nothing recorded) when the allowance is used up.
  bool try_acquire(const std::string& key, TimePoint now);
  // Whether an attempt now would be allowed, without recording one.
  bool would_allow(const std::string& key, TimePoint now);
  // Forgets the key's attempts.
  void reset(const std::string& key);
  // Seconds until the key may try again (0 when it may now).
  int retry_after_seconds(const std::string& key, TimePoint now);

private:
  std::mutex mutex_;
  RateLimiter limiter_;
};

}  // namespace stillpoint::server::http
