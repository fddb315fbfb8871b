#include "http/rate_limits.h"

namespace stillpoint::server::http {

bool SharedRateLimiter::try_acquire(const std::string& key, TimePoint now) {
  std::lock_guard lock(mutex_);
  return limiter_.try_acquire(key, now);
}

bool SharedRateLimiter::would_allow(const std::string& key, TimePoint now) {
  std::lock_guard lock(mutex_);
  return limiter_.would_allow(key, now);
}

void SharedRateLimiter::reset(const std::string& key) {
  std::lock_guard lock(mutex_);
  limiter_.reset(key);
}

int SharedRateLimiter::retry_after_seconds(const std::string& key, TimePoint now) {
  std::lock_guard lock(mutex_);
  return limiter_.retry_after_seconds(key, now);
}

}  // namespace stillpoint::server::http
