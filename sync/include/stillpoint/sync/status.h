#pragma once
// What the kiosk shows discreetly and the admin panel in detail: how the device's sync is doing.
#include <mutex>
#include <optional>

#include "stillpoint/core/clock.h"
#include "stillpoint/sync/outbox.h"

namespace stillpoint::sync {

// A copy taken at one moment; cheap to take every frame.
struct SyncStatus {
  int outbox_depth = 0;
  std::optional<Seconds> oldest_undelivered_age;  // empty when nothing waits
  int held_items = 0;
  std::optional<TimePoint> last_contact;  // the last time the server answered sensibly
  bool server_reachable = false;          // the last exchange got a non-5xx answer
  bool credentials_rejected = false;      // 401/403: the device needs re-enrolling
};

// Remembers how the last exchanges with the server went. Thread-safe: the sender and the
// heartbeat record, the UI reads.
class ContactTracker {
public:
  // Records the outcome of one exchange; status 0 means no answer at all.
  void record(int http_status, TimePoint at);
  // Combines the contact state with the outbox counts.
  SyncStatus snapshot(const OutboxStats& outbox, TimePoint now) const;

private:
  mutable std::mutex mutex_;
  std::optional<TimePoint> last_contact_;
  bool reachable_ = false;
  bool credentials_rejected_ = false;
};

}  // namespace stillpoint::sync
