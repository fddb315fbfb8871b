// Fault tests 1 and 2 against the real stillpoint-server: an outage while check-ins are made,
// and an answer lost after the server committed.
#include <doctest/doctest.h>

#include "clinic_fixture.h"
#include "fakes.h"
#include "fault_proxy.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;

TEST_CASE("fault 1: 50 check-ins made while the server is down arrive exactly once, in order") {
  ClinicFixture f;
  f.server.start();
  f.server.stop();  // down, with its port known for the restart
  FaultProxy proxy(f.server.port());
  SystemTimeSource clock;
  auto sleeper = std::make_shared<RecordingSleeper>(0.1);  // the real schedule, 10x faster
  DeviceSync sync(f.kiosk_options(proxy.url(), sleeper), clock);
  sync.start();
  std::vector<std::string> enqueued;
  for (int i = 0; i < 50; ++i) enqueued.push_back(sync.enqueue_checkin(walk_in()).id);
  CHECK(eventually([&] { return sync.requests_sent() >= 2; }));
  auto status = sync.status();
  CHECK(status.outbox_depth == 50);
  CHECK_FALSE(status.server_reachable);

  f.server.start(f.server.port());
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }, std::chrono::seconds(30)));
  sync.stop();

  const auto ids = f.server_ids();
  CHECK(ids.size() == 50);
  for (const auto& id : enqueued) CHECK(ids.count(id) == 1);
  // In order: the sequence of check-ins the server accepted is the enqueue order.
  std::vector<std::string> accepted;
  for (const auto& r : proxy.requests_to("/api/v1/checkins"))
    if (r.upstream_status == 201) accepted.push_back(r.idempotency_key);
  CHECK(accepted == enqueued);
  status = sync.status();
  CHECK(status.server_reachable);
  CHECK(status.held_items == 0);
  CHECK(status.last_contact.has_value());
  CHECK(sync.outbox().integrity_check() == "ok");
  CHECK(f.server.integrity_check() == "ok");
}

TEST_CASE("fault 2: an answer cut after the server committed is retried and deduplicated") {
  ClinicFixture f;
  f.server.start();
  FaultProxy proxy(f.server.port());
  proxy.set_mode(ProxyMode::cut_after_response);
  SystemTimeSource clock;
  auto sleeper = std::make_shared<RecordingSleeper>(0.1);
  DeviceSync sync(f.kiosk_options(proxy.url(), sleeper), clock);
  sync.start();
  const auto issued = sync.enqueue_checkin(walk_in());
  // The server committed (201) but the kiosk never read it: the row must still be queued.
  REQUIRE(eventually([&] {
    for (const auto& r : proxy.requests_to("/api/v1/checkins"))
      if (r.upstream_status == 201) return true;
    return false;
  }));
  CHECK(f.server_ids().count(issued.id) == 1);
  CHECK(sync.status().outbox_depth == 1);

  proxy.set_mode(ProxyMode::forward);
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }));
  sync.stop();
  const auto requests = proxy.requests_to("/api/v1/checkins");
  REQUIRE(requests.size() >= 2);
  CHECK(requests.back().upstream_status == 200);  // the stored answer, replayed
  for (const auto& r : requests) CHECK(r.idempotency_key == issued.id);
  const auto ids = f.server_ids();
  CHECK(ids.size() == 1);
  CHECK(ids.count(issued.id) == 1);
  CHECK(sync.status().held_items == 0);
  CHECK(sync.outbox().integrity_check() == "ok");
  CHECK(f.server.integrity_check() == "ok");
}
