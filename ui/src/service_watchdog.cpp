#include "stillpoint/ui/service_watchdog.h"

#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>

#include "stillpoint/ui/app.h"

namespace stillpoint::ui {

namespace {

// The watchdog period systemd asked for. sd_watchdog_enabled() answers only for the unit's main
// process; under the cage compositor the app is its child (the unit says NotifyAccess=all), so
// the period is then read from the environment cage passed on.
std::uint64_t watchdog_usec() {
  std::uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0) return usec;
  const char* text = std::getenv("WATCHDOG_USEC");
  if (text == nullptr || std::getenv("NOTIFY_SOCKET") == nullptr) return 0;
  char* end = nullptr;
  const auto value = std::strtoull(text, &end, 10);
  return end != text && *end == '\0' ? value : 0;
}

}  // namespace

ServiceWatchdog::ServiceWatchdog(App& app) : app_(app) {
  const auto usec = watchdog_usec();
  if (usec > 0) interval_ = std::chrono::microseconds(static_cast<std::int64_t>(usec / 2));
  sd_notify(0, "READY=1");
  if (interval_.count() > 0) feed();
}

ServiceWatchdog::~ServiceWatchdog() {
  app_.timers().cancel(timer_);
  sd_notify(0, "STOPPING=1");
}

void ServiceWatchdog::feed() {
  sd_notify(0, "WATCHDOG=1");
  timer_ = app_.after(interval_, [this] { feed(); });
}

}  // namespace stillpoint::ui
