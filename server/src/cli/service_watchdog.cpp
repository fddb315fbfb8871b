#include "cli/service_watchdog.h"

#include <httplib.h>
#include <systemd/sd-daemon.h>

#include <cstdint>
#include <cstdlib>

namespace stillpoint::server {
namespace {

std::string loopback_for(const std::string& host) {
  if (host == "0.0.0.0" || host.empty()) return "127.0.0.1";
  if (host == "::" || host == "[::]") return "::1";
  return host;
}

}  // namespace

ServiceWatchdog::ServiceWatchdog(std::string host, int port)
    : host_(loopback_for(host)), port_(port) {
  std::uint64_t usec = 0;
  if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0)
    interval_ = std::chrono::microseconds(static_cast<std::int64_t>(usec / 2));
}

ServiceWatchdog::~ServiceWatchdog() {
  if (std::getenv("NOTIFY_SOCKET") != nullptr) sd_notify(0, "STOPPING=1");
}

bool ServiceWatchdog::healthy() const {
  httplib::Client client(host_, port_);
  client.set_connection_timeout(2);
  client.set_read_timeout(2);
  const auto answer = client.Get("/healthz");
  return answer && answer->status == 200;
}

void ServiceWatchdog::poll() {
  if (std::getenv("NOTIFY_SOCKET") == nullptr) return;
  const auto now = std::chrono::steady_clock::now();
  if (!ready_) {
    if (!healthy()) return;
    ready_ = true;
    sd_notify(0, "READY=1");
    next_feed_ = now;
  }
  if (interval_.count() == 0 || now < next_feed_) return;
  if (healthy()) sd_notify(0, "WATCHDOG=1");
  next_feed_ = now + interval_;
}

}  // namespace stillpoint::server
