#pragma once
// Readiness and liveness for systemd (libsystemd's sd_notify). READY=1 is sent once the server
// answers /healthz through its own listener, and WATCHDOG=1 every half watchdog period only
// while it still does: a server whose accept loop or workers hang stops answering, the feeding
// stops, and systemd restarts it. Outside systemd (no NOTIFY_SOCKET) nothing is sent.
#include <chrono>
#include <string>

namespace stillpoint::server {

class ServiceWatchdog {
public:
  // `host` and `port` are where the server listens (0.0.0.0 and :: are asked on loopback).
  ServiceWatchdog(std::string host, int port);
  // Sends STOPPING=1.
  ~ServiceWatchdog();
  ServiceWatchdog(const ServiceWatchdog&) = delete;
  ServiceWatchdog& operator=(const ServiceWatchdog&) = delete;

  // Called often from the thread that waits for signals; asks /healthz when a notice is due.
  void poll();

private:
  bool healthy() const;

  std::string host_;
  int port_;
  bool ready_ = false;
  std::chrono::microseconds interval_{0};
  std::chrono::steady_clock::time_point next_feed_{};
};

}  // namespace stillpoint::server
