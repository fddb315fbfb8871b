#pragma once
// The device's periodic "I am here" to POST /api/v1/heartbeat, which feeds the server's
// devices view: version, outbox depth, oldest undelivered age, held items.
#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "stillpoint/core/clock.h"
#include "stillpoint/sync/outbox.h"
#include "stillpoint/sync/sleeper.h"
#include "stillpoint/sync/status.h"
#include "stillpoint/sync/transport.h"

namespace stillpoint::sync {

// The heartbeat body; oldest_undelivered_seconds is left out when nothing waits.
nlohmann::json heartbeat_body(const std::string& app_version, const OutboxStats& outbox,
                              TimePoint now);

// Sends a heartbeat at start and then every `interval` on its own thread, so a long backoff in
// the sender never silences the device on the admin panel. A display passes empty stats.
class HeartbeatLoop {
public:
  using StatsSource = std::function<OutboxStats()>;

  HeartbeatLoop(Transport& transport, StatsSource stats, std::string app_version,
                ContactTracker& contact, Sleeper& sleeper, const TimeSource& clock,
                std::chrono::milliseconds interval = std::chrono::seconds(30));
  ~HeartbeatLoop();
  HeartbeatLoop(const HeartbeatLoop&) = delete;
  HeartbeatLoop& operator=(const HeartbeatLoop&) = delete;

  void start();
  void stop();
  // Sends one heartbeat now; returns the HTTP status (0: no answer).
  int beat_once();

private:
  Transport& transport_;
  StatsSource stats_;
  std::string app_version_;
  ContactTracker& contact_;
  Sleeper& sleeper_;
  const TimeSource& clock_;
  std::chrono::milliseconds interval_;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace stillpoint::sync
