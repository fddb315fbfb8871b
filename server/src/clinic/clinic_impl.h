#pragma once
// Clinic's private state, shared by the clinic_*.cpp files that implement its operations.
//
// Two locks with different jobs: `db_mutex` serialises every use of the store (one SQLite
// connection) and the session-length model; `version_mutex` guards only the published queue
// version, so long-poll waiters sleep on `version_changed` without holding up the database.
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>

#include "clinic/clinic.h"
#include "store/store.h"
#include "stillpoint/core/wait_estimate.h"

namespace stillpoint::server {

struct Clinic::Impl {
  Impl(std::unique_ptr<Store> store_in, const ServerConfig& config);

  // Inside a store transaction, with db_mutex held: advances the persisted queue clock.
  QueueState bump_queue(TimePoint now);
  // After the commit: wakes the long-poll waiters. Takes version_mutex only.
  void publish(const QueueState& state);
  // Runs `change` in one store transaction, db_mutex held by the caller. When it returns true
  // the queue moved: its clock advances in the same transaction and waiters wake after the commit.
  template <class Change>
  void change_queue(TimePoint now, Change&& change) {
    std::optional<QueueState> changed;
    store->in_transaction([&] {
      if (change()) changed = bump_queue(now);
    });
    if (changed) publish(*changed);
  }

  std::mutex db_mutex;
  std::unique_ptr<Store> store;  // guarded by db_mutex
  SessionLengthModel model;      // guarded by db_mutex

  std::mutex version_mutex;
  std::condition_variable version_changed;
  std::int64_t version = 0;  // guarded by version_mutex
  bool released = false;     // guarded by version_mutex: shutting down, stop waiting
};

}  // namespace stillpoint::server
