#include "wake_signal.h"

namespace stillpoint::display {

void WakeSignal::raise() {
  {
    std::lock_guard lock(mutex_);
    pending_ = true;
  }
  raised_.notify_one();
}

void WakeSignal::wait_for(std::chrono::nanoseconds timeout) {
  std::unique_lock lock(mutex_);
  raised_.wait_for(lock, timeout, [this] { return pending_; });
  pending_ = false;
}

}  // namespace stillpoint::display
