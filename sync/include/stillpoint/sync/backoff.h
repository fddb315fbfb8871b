#pragma once
// Full-jitter exponential backoff: how long to wait before retrying a failed request.
#include <chrono>
#include <cstdint>
#include <random>

namespace stillpoint::sync {

using Millis = std::chrono::milliseconds;

struct BackoffPolicy {
  Millis base{1000};
  Millis cap{60000};
};

// Waits drawn uniformly from [0, min(cap, base * 2^attempt)]. The jitter spreads a fleet of
// kiosks that lost the server together, so they do not all return in the same second. The
// random source is seeded by the caller so a schedule can be replayed in tests.
class Backoff {
public:
  Backoff(BackoffPolicy policy, std::uint64_t seed);
  // The largest wait before retry number `attempt` (0 for the first retry).
  Millis ceiling(int attempt) const;
  // A random wait for retry number `attempt`.
  Millis delay(int attempt);
  const BackoffPolicy& policy() const { return policy_; }

private:
  BackoffPolicy policy_;
  std::mt19937_64 random_;
};

// A seed from the system's entropy, for production use.
std::uint64_t random_seed();

}  // namespace stillpoint::sync
