// "Need help now?" after the ticket, against the real stillpoint-server through the fault proxy:
// the same visit becomes urgent (one visit, never two), through an outage, and refusals are held
// for staff and can be retried.
#include <doctest/doctest.h>

#include "clinic_fixture.h"
#include "fakes.h"
#include "fault_proxy.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;
using namespace std::chrono_literals;

namespace {

const ServerCheckin* find(const std::vector<ServerCheckin>& all, const std::string& id) {
  for (const auto& c : all)
    if (c.id == id) return &c;
  return nullptr;
}

std::size_t urgent_requests(const FaultProxy& proxy) {
  std::size_t n = 0;
  for (const auto& r : proxy.requests_to("/api/v1/checkins/"))
    if (r.path.size() > 7 && r.path.compare(r.path.size() - 7, 7, "/urgent") == 0) ++n;
  return n;
}

}  // namespace

TEST_CASE("help after the ticket marks the same visit urgent on the server, through an outage") {
  ClinicFixture f;
  f.server.start();
  FaultProxy proxy(f.server.port());
  SystemTimeSource clock;
  auto sleeper = std::make_shared<RecordingSleeper>(0.05);  // the real schedule, 20x faster
  DeviceSync sync(f.kiosk_options(proxy.url(), sleeper), clock);
  sync.start();

  // Delivered first, then help: exactly one more request, and the same visit is urgent.
  const auto first = sync.enqueue_checkin(walk_in());
  REQUIRE(eventually([&] { return sync.wait_minutes(first.id).has_value(); }));
  const auto wait = *sync.wait_minutes(first.id);
  CHECK(wait.first >= 0);
  CHECK(wait.first <= wait.second);
  const auto before = sync.requests_sent();
  CHECK(sync.mark_urgent(first.id) == UrgentMark::follow_up_queued);
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }));
  std::this_thread::sleep_for(200ms);  // nothing else trickles out afterwards
  CHECK(sync.requests_sent() == before + 1);
  CHECK(urgent_requests(proxy) == 1);

  // Delivered, then the server goes away, then help: kept durably and sent once it returns.
  const auto second = sync.enqueue_checkin(walk_in());
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }));
  f.server.stop();
  CHECK(sync.mark_urgent(second.id) == UrgentMark::follow_up_queued);
  CHECK(eventually([&] { return urgent_requests(proxy) >= 3; }));  // retried while down
  CHECK(sync.status().outbox_depth == 1);
  CHECK(sync.status().held_items == 0);
  f.server.start(f.server.port());
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }, 30s));

  // Before delivery (server down): the check-in itself carries the flag, no extra request.
  f.server.stop();
  const auto third = sync.enqueue_checkin(walk_in());
  // It may already be in the sender's hands (a failed attempt); then a follow-up is right too.
  const auto mark = sync.mark_urgent(third.id);
  CHECK((mark == UrgentMark::pending_updated || mark == UrgentMark::follow_up_queued));
  f.server.start(f.server.port());
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }, 30s));
  CHECK(sync.status().held_items == 0);
  sync.stop();

  const auto all = f.server.checkins(f.staff_token);
  CHECK(all.size() == 3);  // one visit per check-in: help never made a second
  for (const auto* issued : {&first, &second, &third}) {
    const auto* visit = find(all, issued->id);
    REQUIRE(visit != nullptr);
    CHECK(visit->urgent);
    CHECK(visit->ticket == issued->ticket);
  }
  CHECK(sync.outbox().integrity_check() == "ok");
  CHECK(f.server.integrity_check() == "ok");
}

TEST_CASE("a mark for a check-in the server does not know is held, and retry_held sends it again") {
  ClinicFixture f;
  f.server.start();
  SystemTimeSource clock;
  auto sleeper = std::make_shared<RecordingSleeper>(0.05);
  DeviceSync sync(f.kiosk_options(f.server.url(), sleeper), clock);
  sync.start();
  const std::string stranger = "0b7b7f43-3c55-4d4c-9c1e-2a61b7a5f0c1";  // never checked in
  CHECK(sync.mark_urgent(stranger) == UrgentMark::follow_up_queued);
  REQUIRE(eventually([&] { return sync.status().held_items == 1; }));
  auto held = sync.held_items();
  REQUIRE(held.size() == 1);
  CHECK(held[0].kind == OutboxItemKind::urgent);
  CHECK(held[0].http_status == 404);
  const auto sent = sync.requests_sent();
  std::this_thread::sleep_for(300ms);
  CHECK(sync.requests_sent() == sent);  // held, not retried forever

  // Staff retry it: it goes out once more (and is held again: the server still says 404).
  REQUIRE(sync.retry_held(held[0].id));
  REQUIRE(eventually([&] { return sync.requests_sent() == sent + 1 && sync.status().held_items == 1; }));
  CHECK(sync.discard_held(held[0].id));
  CHECK(sync.status().held_items == 0);

  // A held check-in retried by staff is re-delivered and arrives once.
  const auto issued = sync.enqueue_checkin(walk_in());
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }));
  CHECK(f.server_ids().count(issued.id) == 1);
  sync.stop();
  CHECK(sync.outbox().integrity_check() == "ok");
}

TEST_CASE("a retried held check-in is resent under its own key and held again, not looped") {
  ClinicFixture f;
  f.server.start();
  FaultProxy proxy(f.server.port());
  SystemTimeSource clock;
  auto sleeper = std::make_shared<RecordingSleeper>(0.05);
  // An appointment the server does not know is the item's fault (422): held for staff.
  DeviceSync sync(f.kiosk_options(proxy.url(), sleeper), clock);
  CheckinDraft draft;
  draft.kind = VisitKind::appointment;
  draft.appointment_id = "appt-not-yet-imported";
  const auto issued = sync.enqueue_checkin(draft);
  sync.start();
  REQUIRE(eventually([&] { return sync.status().held_items == 1; }));
  CHECK(sync.held_items()[0].http_status == 422);
  // The same bytes would be refused again: retried, it is held again rather than looping.
  REQUIRE(sync.retry_held(issued.id));
  REQUIRE(eventually([&] { return proxy.requests_to("/api/v1/checkins").size() == 2 &&
                                  sync.status().held_items == 1; }));
  std::this_thread::sleep_for(300ms);
  CHECK(proxy.requests_to("/api/v1/checkins").size() == 2);
  const auto requests = proxy.requests_to("/api/v1/checkins");
  CHECK(requests[0].idempotency_key == issued.id);
  CHECK(requests[1].idempotency_key == issued.id);
  sync.stop();
  CHECK(f.server_ids().count(issued.id) == 0);
}
