#pragma once
// The lobby display's live feed of the queue: a long-poll loop on its own thread.
#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "stillpoint/core/clock.h"
#include "stillpoint/sync/backoff.h"
#include "stillpoint/sync/queue_view.h"
#include "stillpoint/sync/sleeper.h"
#include "stillpoint/sync/transport.h"

namespace stillpoint::sync {

struct QueuePollerOptions {
  ServerEndpoint server;
  std::chrono::seconds long_poll_wait{25};  // the server's maximum
  // Short cap: the display should pick the queue up within seconds of the server's return.
  BackoffPolicy retry{std::chrono::milliseconds(500), std::chrono::milliseconds(4000)};
  std::uint64_t seed = random_seed();
  std::chrono::seconds stale_after{60};
};

// How fresh the display's queue is; the panel says "updating" with the age when stale.
struct QueueFeedStatus {
  bool reachable = false;
  std::optional<TimePoint> confirmed_at;  // when the server last confirmed the snapshot
  bool stale = true;                      // no snapshot yet, or confirmed over stale_after ago
  std::optional<Seconds> age;             // now - confirmed_at
};

// Fetches GET /api/v1/queue, then long-polls with ?after=VERSION&wait=SECONDS and If-None-Match,
// handing each new snapshot to a callback on the poller's thread. Errors back off with jitter;
// the last snapshot stays available, so the screen is never blank while the network is gone.
class QueuePoller {
public:
  using Callback = std::function<void(const QueueView&)>;

  QueuePoller(QueuePollerOptions options, const TimeSource& clock, Callback on_snapshot,
              std::shared_ptr<Sleeper> sleeper = nullptr);
  ~QueuePoller();
  QueuePoller(const QueuePoller&) = delete;
  QueuePoller& operator=(const QueuePoller&) = delete;

  void start();
  // Stops and joins, aborting a held long-poll.
  void stop();
  QueueFeedStatus status() const;
  std::optional<QueueView> latest() const;

private:
  void run();
  // One request; returns false when it failed and the loop should back off.
  bool poll_once();

  QueuePollerOptions options_;
  const TimeSource& clock_;
  Callback on_snapshot_;
  std::shared_ptr<Sleeper> sleeper_;
  Backoff backoff_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  mutable std::mutex mutex_;
  std::optional<QueueView> latest_;
  std::string etag_;
  std::optional<TimePoint> confirmed_at_;
  bool reachable_ = false;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace stillpoint::sync
