// Fault test 4: the server answers 500s, then hangs. Requests stay within the backoff schedule
// and enqueue never waits for the sender.
#include <doctest/doctest.h>

#include "clinic_fixture.h"
#include "fakes.h"
#include "fault_proxy.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;

namespace {

constexpr double kScale = 0.05;  // sleeps are 1/20 of the policy's; the schedule is the real one

// The most requests a sender obeying the schedule of `seed` can make within `window` (sleeps
// scaled by kScale): one at once, then one after each completed wait.
std::size_t allowed_requests(std::uint64_t seed, std::chrono::milliseconds window) {
  Backoff schedule(BackoffPolicy{}, seed);
  std::int64_t slept_ms = 0;
  std::size_t requests = 1;
  for (int attempt = 0;; ++attempt) {
    // Rounded down exactly as RecordingSleeper rounds, so the bound is never too tight.
    slept_ms += static_cast<std::int64_t>(static_cast<double>(schedule.delay(attempt).count()) * kScale);
    if (slept_ms > window.count()) return requests;
    ++requests;
  }
}

}  // namespace

TEST_CASE("fault 4: 500s and a hang keep requests within the backoff and enqueue prompt") {
  ClinicFixture f;
  f.server.start();
  FaultProxy proxy(f.server.port());
  proxy.set_mode(ProxyMode::answer_500);
  SystemTimeSource clock;
  auto sleeper = std::make_shared<RecordingSleeper>(kScale);
  auto options = f.kiosk_options(proxy.url(), sleeper);
  options.server.request_timeout = std::chrono::seconds(4);
  DeviceSync sync(options, clock);
  sync.start();

  // Phase 1: 500s for a while.
  const auto phase_start = std::chrono::steady_clock::now();  // before the first request
  std::vector<std::string> enqueued{sync.enqueue_checkin(walk_in()).id};
  std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  const auto window = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::steady_clock::now() - phase_start);
  const auto failed = proxy.requests_to("/api/v1/checkins").size();
  MESSAGE("500s for " << window.count() << " ms: " << failed << " requests, schedule allows "
                      << allowed_requests(options.sender.seed, window));
  CHECK(failed >= 3);  // it did retry...
  CHECK(failed <= allowed_requests(options.sender.seed, window));  // ...but no faster than allowed
  const auto waits = sleeper->waits();
  Backoff expected(BackoffPolicy{}, options.sender.seed);
  for (std::size_t i = 0; i < waits.size(); ++i)
    CHECK(waits[i] == expected.delay(static_cast<int>(i)));
  CHECK_FALSE(sync.status().server_reachable);

  // Phase 2: the server hangs. While the sender is stuck in a request, enqueue still returns.
  proxy.set_mode(ProxyMode::hang);
  REQUIRE(eventually([&] { return proxy.hanging() == 1; }, std::chrono::seconds(10)));
  const auto in_flight = sync.requests_sent();
  for (int i = 0; i < 20; ++i) enqueued.push_back(sync.enqueue_checkin(walk_in()).id);
  CHECK(proxy.hanging() == 1);                 // the same request is still hanging...
  CHECK(sync.requests_sent() == in_flight);    // ...and the sender has not moved
  CHECK(sync.status().outbox_depth == 21);

  // Phase 3: the server is back: everything arrives exactly once.
  proxy.set_mode(ProxyMode::forward);
  proxy.release_hung();
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }, std::chrono::seconds(30)));
  sync.stop();
  const auto ids = f.server_ids();
  CHECK(ids.size() == enqueued.size());
  for (const auto& id : enqueued) CHECK(ids.count(id) == 1);
  CHECK(sync.status().held_items == 0);
  CHECK(sync.outbox().integrity_check() == "ok");
  CHECK(f.server.integrity_check() == "ok");
}
