#pragma once
// Tells the service manager (systemd, through libsystemd's sd_notify) that the app is up, and
// keeps its watchdog fed from the app's own loop: a screen whose loop hangs stops the feeding
// and is restarted, where a check on the process alone would see it alive. Without systemd
// (no NOTIFY_SOCKET) nothing is sent.
#include <chrono>

#include "stillpoint/ui/timers.h"

namespace stillpoint::ui {

class App;

class ServiceWatchdog {
public:
  // Sends READY=1 and, when the unit has WatchdogSec=, feeds the watchdog every half period
  // through an App timer (so only a loop that runs keeps it fed).
  explicit ServiceWatchdog(App& app);
  // Sends STOPPING=1.
  ~ServiceWatchdog();
  ServiceWatchdog(const ServiceWatchdog&) = delete;
  ServiceWatchdog& operator=(const ServiceWatchdog&) = delete;

  // How often the watchdog is fed; zero when the service manager asked for no watchdog.
  std::chrono::microseconds interval() const { return interval_; }

private:
  void feed();

  App& app_;
  std::chrono::microseconds interval_{0};
  TimerId timer_ = 0;
};

}  // namespace stillpoint::ui
