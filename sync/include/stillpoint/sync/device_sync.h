#pragma once
// The kiosk's one object for offline-first check-ins: outbox + sender + heartbeat, wired.
#include <chrono>
#include <filesystem>
#include <functional>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
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
  // The server's wait range [low, high] minutes from its answer to this check-in; nullopt until
  // it was delivered by this process (kept in memory: only the ticket screen asks).
  std::optional<std::pair<int, int>> wait_minutes(const std::string& checkin_id) const;
  // "Need help now?" after the ticket; durable before it returns. See Outbox::mark_urgent.
  UrgentMark mark_urgent(const std::string& checkin_id);
  SyncStatus status() const;
  // For the admin panel.
  std::vector<HeldItem> held_items();
  bool discard_held(const std::string& id);
  // Back into the queue at its place; the sender is woken.
  bool retry_held(const std::string& id);

  Outbox& outbox() { return *outbox_; }
  std::uint64_t requests_sent() const { return sender_->requests_sent(); }

private:
  void remember_wait(const PendingCheckin& item, const HttpReply& reply);

  const TimeSource& clock_;
  mutable std::mutex waits_mutex_;
  std::unordered_map<std::string, std::pair<int, int>> waits_;
  std::deque<std::string> wait_order_;  // oldest first, to bound waits_
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
