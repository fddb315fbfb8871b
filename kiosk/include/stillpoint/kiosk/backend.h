#pragma once
// What the kiosk flow needs from the world: the appointment lookup, the durable outbox, the
// sync status and the intake form. DeviceBackend is the real one (sync/); DemoBackend keeps
// everything in memory for screenshots and demos, so they never touch a clinic's queue.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "stillpoint/core/clock.h"
#include "stillpoint/core/device_config.h"
#include "stillpoint/sync/api_client.h"
#include "stillpoint/sync/outbox.h"
#include "stillpoint/sync/status.h"

namespace stillpoint::kiosk {

class KioskBackend {
public:
  virtual ~KioskBackend() = default;
  // Blocks for at most the network budget; called on a worker thread, never the UI's.
  virtual sync::LookupAnswer lookup(Date birth_date, std::optional<std::string> initial) = 0;
  // Durable before it returns (the outbox commit). Throws std::runtime_error on disk failure.
  virtual sync::IssuedCheckin enqueue(const sync::CheckinDraft& draft) = 0;
  // The server's wait range for a delivered check-in, when known.
  virtual std::optional<std::pair<int, int>> wait_minutes(const std::string& checkin_id);
  // "Need help now?" after the ticket: flags that check-in urgent (never a second check-in).
  // Durable before it returns. Throws std::runtime_error on disk failure.
  virtual void mark_urgent(const std::string& checkin_id) = 0;
  virtual sync::SyncStatus status() = 0;
  virtual std::vector<sync::HeldItem> held_items() = 0;
  // The admin panel's choices for a held item; false when there is no such item.
  virtual bool retry_held(const std::string& id);
  virtual bool discard_held(const std::string& id);
  // The intake form's JSON (network, cache or shipped default); empty when there is none.
  virtual std::string form_json() = 0;
  // Fetches forms and content again in the background.
  virtual void reload_content() = 0;
};

// The real backend: ApiClient for lookups, DeviceSync for the outbox, ContentCache for the form.
struct DeviceBackendOptions {
  DeviceConfig config;           // paths already resolved
  std::string token;             // the device's bearer token
  const TimeSource* clock = nullptr;
  bool start_sync = true;        // start the sender and heartbeat threads
};
std::unique_ptr<KioskBackend> make_device_backend(const DeviceBackendOptions& options);

// An in-memory backend with one fictional appointment, for screenshots and --demo.
class DemoBackend : public KioskBackend {
public:
  DemoBackend(const TimeSource& clock, std::string prefix, std::filesystem::path form_file);
  sync::LookupAnswer lookup(Date birth_date, std::optional<std::string> initial) override;
  sync::IssuedCheckin enqueue(const sync::CheckinDraft& draft) override;
  std::optional<std::pair<int, int>> wait_minutes(const std::string& checkin_id) override;
  void mark_urgent(const std::string& checkin_id) override;
  sync::SyncStatus status() override;
  std::vector<sync::HeldItem> held_items() override { return {}; }
  std::string form_json() override;
  void reload_content() override {}

  // The demo appointment's birth date (1990-04-12) and the outcome to give instead, for tests.
  static Date demo_birth_date();
  void force_outcome(std::optional<sync::LookupOutcome> outcome);
  std::vector<sync::CheckinDraft> enqueued() const;
  // Every mark_urgent call's id, in order (for tests).
  std::vector<std::string> urgent_marks() const;

private:
  const TimeSource& clock_;
  std::string prefix_;
  std::filesystem::path form_file_;
  mutable std::mutex mutex_;
  std::optional<sync::LookupOutcome> forced_;
  std::vector<sync::CheckinDraft> drafts_;
  std::vector<std::string> ids_;  // drafts_[i]'s check-in id
  std::vector<std::string> urgent_marks_;
};

}  // namespace stillpoint::kiosk
