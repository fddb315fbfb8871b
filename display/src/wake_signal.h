#pragma once
// What the lobby's loop sleeps on between frames. SDL_WaitEventTimeout cannot block on the
// offscreen driver (nor on others without a native wait): it polls in 1 ms steps, which cost
// about two points of a core at 30 fps. The loop sleeps here instead, for exactly as long as
// the app has nothing due, and the threads that post work to the app raise it.
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace stillpoint::display {

class WakeSignal {
public:
  // Ends a wait in progress, or the next one at once. Safe from any thread.
  void raise();
  // Sleeps until raise() or until `timeout` has passed; either way the signal is cleared.
  void wait_for(std::chrono::nanoseconds timeout);

private:
  std::mutex mutex_;
  std::condition_variable raised_;
  bool pending_ = false;
};

}  // namespace stillpoint::display
