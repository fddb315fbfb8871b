#pragma once
// How background threads wait between attempts; injected so tests can shorten or record waits.
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace stillpoint::sync {

// Something that can wait for a while and be told to stop waiting for good (on shutdown).
class Sleeper {
public:
  virtual ~Sleeper() = default;
  // Waits `duration`, or less once cancel() was called.
  virtual void sleep_for(std::chrono::milliseconds duration) = 0;
  // Ends the current wait and makes every later one return at once.
  virtual void cancel() = 0;
};

// Waits in real time on a condition variable.
class RealSleeper final : public Sleeper {
public:
  void sleep_for(std::chrono::milliseconds duration) override;
  void cancel() override;

private:
  std::mutex mutex_;
  std::condition_variable wake_;
  bool cancelled_ = false;
};

}  // namespace stillpoint::sync
