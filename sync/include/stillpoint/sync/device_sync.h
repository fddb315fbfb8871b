#pragma once
// The kiosk's one object for offline-first check-ins: outbox + sender + heartbeat, wired.
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "stillpoint/core/clock.h"
#include "stillpoint/sync/outbox.h"
#include "stillpoint/sync/sender.h"
#include "stillpoint/sync/sleeper.h"
#include "stillpoint/sync/status.h"
#include "stillpoint/sync/transport.h"

namespace stillpoint::sync {

class HeartbeatLoop;

struct DeviceSyncOptions {
  std::filesystem::path outbox_path;  // e.g. var/outbox.db
  std::string ticket_prefix;          // this kiosk's, as enrolled on the server
  ServerEndpoint server;
  std::string app_version;
  SenderOptions sender;
  std::chrono::milliseconds heartbeat_interval{std::chrono::seconds(30)};
  // Test seams; null means real-time waits.
  std::shared_ptr<Sleeper> sender_sleeper;
  std::shared_ptr<Sleeper> heartbeat_sleeper;
};

// Owns the kiosk's outbox and its two background threads (delivery and heartbeat). The UI
// calls enqueue_checkin() synchronously, shows the ticket once it returns, and reads status()
// whenever it likes; nothing here ever makes the UI wait for the network.
class DeviceSync {
public:
  DeviceSync(DeviceSyncOptions options, const TimeSource& clock);
  ~DeviceSync();
  DeviceSync(const DeviceSync&) = delete;
  DeviceSync& operator=(const DeviceSync&) = delete;

  // Starts delivery and heartbeats. Once only: after stop(), make a new DeviceSync.
  void start();
  // Stops both threads; pending check-ins stay on disk for the next start.
  void stop();

  // Durable before it returns; see Outbox::enqueue_checkin.
  IssuedCheckin enqueue_checkin(const CheckinDraft& draft);
  SyncStatus status() const;
  // For the admin panel.
  std::vector<HeldItem> held_items();
  bool discard_held(const std::string& id);

  Outbox& outbox() { return *outbox_; }
  std::uint64_t requests_sent() const { return sender_->requests_sent(); }

private:
  const TimeSource& clock_;
  std::unique_ptr<Outbox> outbox_;
  ContactTracker contact_;
  std::unique_ptr<HttpTransport> sender_transport_;
  std::unique_ptr<HttpTransport> heartbeat_transport_;
  std::shared_ptr<Sleeper> sender_sleeper_;
  std::shared_ptr<Sleeper> heartbeat_sleeper_;
  std::unique_ptr<Sender> sender_;
  std::unique_ptr<HeartbeatLoop> heartbeat_;
};

}  // namespace stillpoint::sync
