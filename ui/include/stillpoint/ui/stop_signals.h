#pragma once
// SIGTERM and SIGINT as an ordinary call. A kiosk has no close button: the service manager stops
// it with SIGTERM, and the app must leave its loop at once, not at its next poll. The handler
// only writes a byte to a pipe (all a handler may safely do); a watcher thread reads it and calls
// back, and the callback hands the stop to the UI thread (App::post, Lobby::request_stop).
#include <atomic>
#include <functional>
#include <thread>

namespace stillpoint::ui {

class StopSignals {
public:
  // Installs the handlers; `on_stop` runs once, on the watcher thread, at the first signal.
  // One instance per process at a time. Throws std::runtime_error when the pipe cannot be made.
  explicit StopSignals(std::function<void()> on_stop);
  // Restores the default handlers and joins the watcher.
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  // True once a signal arrived (for code that does not run the loop, such as a script).
  bool requested() const { return requested_.load(); }

private:
  void watch();

  std::function<void()> on_stop_;
  std::atomic<bool> requested_{false};
  int read_fd_ = -1;
  std::thread watcher_;
};

}  // namespace stillpoint::ui
