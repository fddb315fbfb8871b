#include "stillpoint/ui/animation.h"

#include <algorithm>

namespace stillpoint::ui {

void Animation::start(TimePoint now) {
  start_ = now;
  started_ = true;
}

double Animation::progress(TimePoint now) const {
  if (!started_ || duration_ <= Clock::duration::zero()) return 1.0;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  const double total = std::chrono::duration<double>(duration_).count();
  return std::clamp(elapsed / total, 0.0, 1.0);
}

double Animation::eased(TimePoint now) const { return ease_in_out(progress(now)); }

bool Animation::running(TimePoint now) const { return started_ && now < start_ + duration_; }

double ease_in_out(double t) {
  t = std::clamp(t, 0.0, 1.0);
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) * (-2 * t + 2) * (-2 * t + 2) / 2;
}

}  // namespace stillpoint::ui
