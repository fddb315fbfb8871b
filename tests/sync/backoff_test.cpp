#include "stillpoint/sync/backoff.h"

#include <doctest/doctest.h>

using namespace stillpoint::sync;
using std::chrono::milliseconds;

TEST_CASE("backoff ceilings double from the base and stop at the cap") {
  Backoff backoff(BackoffPolicy{}, 1);
  CHECK(backoff.ceiling(0) == milliseconds(1000));
  CHECK(backoff.ceiling(1) == milliseconds(2000));
  CHECK(backoff.ceiling(5) == milliseconds(32000));
  CHECK(backoff.ceiling(6) == milliseconds(60000));
  CHECK(backoff.ceiling(1000) == milliseconds(60000));
}

TEST_CASE("backoff delays are full jitter: within [0, ceiling] and spread across it") {
  Backoff backoff(BackoffPolicy{}, 42);
  milliseconds smallest = milliseconds::max();
  milliseconds largest{0};
  for (int round = 0; round < 200; ++round) {
    for (int attempt = 0; attempt < 10; ++attempt) {
      const auto delay = backoff.delay(attempt);
      CHECK(delay >= milliseconds(0));
      CHECK(delay <= backoff.ceiling(attempt));
      if (attempt == 9) {
        smallest = std::min(smallest, delay);
        largest = std::max(largest, delay);
      }
    }
  }
  // Jitter uses the whole range, not a fixed schedule.
  CHECK(smallest < milliseconds(15000));
  CHECK(largest > milliseconds(45000));
}

TEST_CASE("the same seed replays the same schedule, another seed does not") {
  Backoff first(BackoffPolicy{}, 7);
  Backoff again(BackoffPolicy{}, 7);
  Backoff other(BackoffPolicy{}, 8);
  bool differs = false;
  for (int attempt = 0; attempt < 12; ++attempt) {
    const auto delay = first.delay(attempt);
    CHECK(delay == again.delay(attempt));
    differs = differs || delay != other.delay(attempt);
  }
  CHECK(differs);
}
