#include "stillpoint/sync/backoff.h"

#include <algorithm>

namespace stillpoint::sync {

Backoff::Backoff(BackoffPolicy policy, std::uint64_t seed) : policy_(policy), random_(seed) {}

Millis Backoff::ceiling(int attempt) const {
  // Past 2^40 the product would overflow long before it mattered: the cap applies anyway.
  const int doublings = std::clamp(attempt, 0, 40);
  const auto grown = policy_.base.count() * (std::int64_t{1} << doublings);
  return Millis(std::min<std::int64_t>(grown, policy_.cap.count()));
}

Millis Backoff::delay(int attempt) {
  std::uniform_int_distribution<std::int64_t> pick(0, ceiling(attempt).count());
  return Millis(pick(random_));
}

std::uint64_t random_seed() {
  std::random_device entropy;
  return (std::uint64_t{entropy()} << 32) ^ entropy();
}

}  // namespace stillpoint::sync
