#include <doctest/doctest.h>

#include "stillpoint/core/rate_limiter.h"

using namespace stillpoint;
using namespace std::chrono_literals;

TEST_CASE("rate limiter: allows N per window per key, then refuses until the window slides") {
  RateLimiter limiter(10, 60s);
  ManualTimeSource clock(Clock::from_time_t(1'800'000'000));
  for (int i = 0; i < 10; ++i) {
    CHECK(limiter.try_acquire("kiosk-1", clock.now()));
    clock.advance(1s);
  }
  CHECK_FALSE(limiter.try_acquire("kiosk-1", clock.now()));
  CHECK(limiter.try_acquire("kiosk-2", clock.now()));  // keys are independent
  CHECK(limiter.retry_after_seconds("kiosk-1", clock.now()) == 50);
  clock.advance(50s);  // the first attempt is now a minute old
  CHECK(limiter.try_acquire("kiosk-1", clock.now()));
  CHECK_FALSE(limiter.try_acquire("kiosk-1", clock.now()));
}

TEST_CASE("rate limiter: a refused attempt does not extend the lockout") {
  RateLimiter limiter(1, 60s);
  const TimePoint t0 = Clock::from_time_t(1'800'000'000);
  CHECK(limiter.try_acquire("a", t0));
  CHECK_FALSE(limiter.try_acquire("a", t0 + 30s));
  CHECK(limiter.try_acquire("a", t0 + 60s));
}

TEST_CASE("rate limiter: reset forgets a key's history") {
  RateLimiter limiter(1, 60s);
  const TimePoint t0 = Clock::from_time_t(1'800'000'000);
  CHECK(limiter.try_acquire("a", t0));
  limiter.reset("a");
  CHECK(limiter.would_allow("a", t0));
}
