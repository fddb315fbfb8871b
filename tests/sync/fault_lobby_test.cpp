// Fault test 5: a lobby display that starts with no server shows cached or default content,
// reports its queue as stale, and picks the queue up once the server returns.
#include <doctest/doctest.h>

#include <atomic>

#include "clinic_fixture.h"
#include "fault_proxy.h"
#include "stillpoint/sync/atomic_file.h"
#include "stillpoint/sync/content_cache.h"
#include "stillpoint/sync/queue_poller.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;

namespace {

// A clock tests can move while another thread reads it.
class SharedManualClock final : public TimeSource {
public:
  TimePoint now() const override { return TimePoint(Clock::duration(ticks_.load())); }
  void set(TimePoint at) { ticks_ = at.time_since_epoch().count(); }
  void advance(Clock::duration by) { ticks_ += by.count(); }

private:
  std::atomic<Clock::rep> ticks_{Clock::now().time_since_epoch().count()};
};

}  // namespace

TEST_CASE("fault 5: a display started without a server uses defaults, then gets the queue") {
  ClinicFixture f;
  f.server.start();
  f.server.stop();
  FaultProxy proxy(f.server.port());
  write_file_atomically(f.dir / "playlist.json", R"({"items":["default"]})");
  ContentCache cache(f.dir / "cache", f.dir.path(),
                     ServerEndpoint{proxy.url(), f.display_token});
  const ContentRequest playlist{"playlist.json", "/api/v1/content/playlist", "playlist.json"};
  const auto shown = cache.fetch(playlist);
  CHECK(shown.source == ContentSource::defaults);
  CHECK(shown.body == R"({"items":["default"]})");

  SharedManualClock clock;
  std::mutex mutex;
  std::vector<QueueView> snapshots;
  QueuePollerOptions options;
  options.server = ServerEndpoint{proxy.url(), f.display_token};
  options.long_poll_wait = std::chrono::seconds(2);
  QueuePoller poller(options, clock, [&](const QueueView& view) {
    std::lock_guard lock(mutex);
    snapshots.push_back(view);
  });
  poller.start();
  REQUIRE(eventually([&] { return proxy.requests_to("/api/v1/queue").size() >= 2; }));
  auto status = poller.status();
  CHECK_FALSE(status.reachable);
  CHECK(status.stale);
  CHECK_FALSE(poller.latest().has_value());

  // The server returns and a walk-in checks in: the display receives a snapshot naming it.
  f.server.start(f.server.port());
  SystemTimeSource real_clock;
  DeviceSync kiosk(f.kiosk_options(f.server.url()), real_clock);
  kiosk.start();
  const auto ticket = kiosk.enqueue_checkin(walk_in()).ticket;
  REQUIRE(eventually([&] {
    std::lock_guard lock(mutex);
    for (const auto& view : snapshots)
      for (const auto& waiting : view.waiting)
        if (waiting.ticket == ticket) return true;
    return false;
  }, std::chrono::seconds(20)));
  kiosk.stop();
  status = poller.status();
  CHECK(status.reachable);
  CHECK_FALSE(status.stale);
  // Over 60 s without a confirmation, the panel must say it is updating.
  clock.advance(std::chrono::seconds(61));
  CHECK(poller.status().stale);
  CHECK(poller.latest().has_value());  // ...while still showing the last queue, never a blank
  poller.stop();
  CHECK(kiosk.outbox().integrity_check() == "ok");
  CHECK(f.server.integrity_check() == "ok");
}
