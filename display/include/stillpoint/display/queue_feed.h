#pragma once
// Where the lobby gets the queue from: the server's long-poll in production, a scripted feed in
// tests. Read from the screen's thread; written from the poller's.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "stillpoint/sync/queue_poller.h"
#include "stillpoint/sync/queue_view.h"

namespace stillpoint::display {

// The latest queue and how fresh it is.
class QueueFeed {
public:
  virtual ~QueueFeed() = default;
  virtual void start() {}
  virtual void stop() {}
  virtual std::optional<sync::QueueView> latest() const = 0;
  virtual sync::QueueFeedStatus status() const = 0;
  // Changes whenever a new snapshot arrived, so the screen knows to look again.
  virtual std::uint64_t generation() const = 0;
  // Called (on the feed's thread) after each new snapshot, so the screen can be woken at once
  // instead of polling. Any thread may set it; {} removes it.
  void set_listener(std::function<void()> listener) {
    std::lock_guard lock(listener_mutex_);
    listener_ = std::move(listener);
  }

protected:
  // Implementations call this after generation() moved on.
  void notify() const {
    std::lock_guard lock(listener_mutex_);
    if (listener_) listener_();
  }

private:
  mutable std::mutex listener_mutex_;
  std::function<void()> listener_;
};

// The production feed: a QueuePoller on its own thread.
std::unique_ptr<QueueFeed> make_poller_feed(sync::QueuePollerOptions options, const TimeSource& clock);

}  // namespace stillpoint::display
