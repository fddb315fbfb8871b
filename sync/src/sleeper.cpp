#include "stillpoint/sync/sleeper.h"

namespace stillpoint::sync {

void RealSleeper::sleep_for(std::chrono::milliseconds duration) {
  std::unique_lock lock(mutex_);
  wake_.wait_for(lock, duration, [this] { return cancelled_; });
}

void RealSleeper::cancel() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  wake_.notify_all();
}

}  // namespace stillpoint::sync
