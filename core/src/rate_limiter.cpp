#include "stillpoint/core/rate_limiter.h"

namespace stillpoint {

void RateLimiter::expire(std::deque<TimePoint>& events, TimePoint now) const {
  while (!events.empty() && events.front() <= now - window_) events.pop_front();
}

void RateLimiter::sweep(TimePoint now) {
  if (now - last_sweep_ < window_) return;
  last_sweep_ = now;
  for (auto it = events_.begin(); it != events_.end();) {
    expire(it->second, now);
    it = it->second.empty() ? events_.erase(it) : std::next(it);
  }
}

bool RateLimiter::would_allow(const std::string& key, TimePoint now) {
  auto it = events_.find(key);
  if (it == events_.end()) return max_events_ > 0;
  expire(it->second, now);
  return static_cast<int>(it->second.size()) < max_events_;
}

bool RateLimiter::try_acquire(const std::string& key, TimePoint now) {
  sweep(now);
  if (!would_allow(key, now)) return false;
  events_[key].push_back(now);
  return true;
}

int RateLimiter::retry_after_seconds(const std::string& key, TimePoint now) {
  auto it = events_.find(key);
  if (it == events_.end()) return 0;
  expire(it->second, now);
  if (static_cast<int>(it->second.size()) < max_events_) return 0;
  const auto wait = it->second.front() + window_ - now;
  return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(wait).count());
}

}  // namespace stillpoint
