// The production queue feed: QueuePoller's snapshots, counted so the screen notices new ones.
#include <atomic>

#include "stillpoint/display/queue_feed.h"

namespace stillpoint::display {
namespace {

// Wraps a QueuePoller; the callback bumps a counter and wakes the listener (the screen reads
// latest() itself, on its own thread).
class PollerFeed final : public QueueFeed {
public:
  PollerFeed(sync::QueuePollerOptions options, const TimeSource& clock)
      : poller_(std::move(options), clock, [this](const sync::QueueView&) {
          ++generation_;
          notify();
        }) {}
  ~PollerFeed() override { poller_.stop(); }
  void start() override { poller_.start(); }
  void stop() override { poller_.stop(); }
  std::optional<sync::QueueView> latest() const override { return poller_.latest(); }
  sync::QueueFeedStatus status() const override { return poller_.status(); }
  std::uint64_t generation() const override { return generation_.load(); }

private:
  std::atomic<std::uint64_t> generation_{0};
  sync::QueuePoller poller_;
};

}  // namespace

std::unique_ptr<QueueFeed> make_poller_feed(sync::QueuePollerOptions options, const TimeSource& clock) {
  return std::make_unique<PollerFeed>(std::move(options), clock);
}

}  // namespace stillpoint::display
