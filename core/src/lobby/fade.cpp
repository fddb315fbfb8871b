#include "stillpoint/core/lobby/fade.h"

#include <algorithm>

namespace stillpoint::lobby {

double smooth(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t * t * (3.0 - 2.0 * t);
}

CrossfadeFrame crossfade_at(std::chrono::milliseconds elapsed, std::chrono::milliseconds duration) {
  if (duration.count() <= 0 || elapsed >= duration || elapsed.count() < 0) return {};
  const double t = static_cast<double>(elapsed.count()) / static_cast<double>(duration.count());
  if (t < 0.5) return {false, smooth(t * 2.0), true};
  return {true, smooth((1.0 - t) * 2.0), true};
}

int alternating_language_at(std::chrono::milliseconds elapsed, std::chrono::milliseconds duration) {
  return elapsed * 2 < duration ? 0 : 1;
}

}  // namespace stillpoint::lobby

namespace stillpoint::lobby {

TakeoverFrame takeover_at(std::chrono::milliseconds elapsed, std::chrono::milliseconds total,
                          std::chrono::milliseconds fade) {
  if (elapsed >= total || elapsed.count() < 0) return {false, 0, false, true};
  const auto ratio = [&](std::chrono::milliseconds from) {
    return static_cast<double>((elapsed - from).count()) / static_cast<double>(std::max<long long>(1, fade.count()));
  };
  if (elapsed < fade) return {false, smooth(ratio({})), true, false};
  if (elapsed < 2 * fade) return {true, smooth(1.0 - ratio(fade)), true, false};
  if (elapsed < total - 2 * fade) return {true, 0.0, false, false};
  if (elapsed < total - fade) return {true, smooth(ratio(total - 2 * fade)), true, false};
  return {false, smooth(1.0 - ratio(total - fade)), true, false};
}

}  // namespace stillpoint::lobby
