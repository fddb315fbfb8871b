#include "stillpoint/sync/status.h"

#include <algorithm>

namespace stillpoint::sync {

void ContactTracker::record(int http_status, TimePoint at) {
  std::lock_guard lock(mutex_);
  // A 5xx proves the network works but not that the clinic is served: count it as unreachable.
  reachable_ = http_status >= 200 && http_status < 500;
  if (reachable_) last_contact_ = at;
  if (http_status == 401 || http_status == 403) credentials_rejected_ = true;
  else if (http_status >= 200 && http_status < 300) credentials_rejected_ = false;
}

SyncStatus ContactTracker::snapshot(const OutboxStats& outbox, TimePoint now) const {
  SyncStatus status;
  status.outbox_depth = outbox.depth;
  status.held_items = outbox.held;
  if (outbox.oldest_created_at)
    status.oldest_undelivered_age = std::max(
        Seconds(0), std::chrono::duration_cast<Seconds>(now - *outbox.oldest_created_at));
  std::lock_guard lock(mutex_);
  status.last_contact = last_contact_;
  status.server_reachable = reachable_;
  status.credentials_rejected = credentials_rejected_;
  return status;
}

}  // namespace stillpoint::sync
