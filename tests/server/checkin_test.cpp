// Check-in: idempotency, ticket ownership, appointments and offline claims, durability.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

TEST_CASE(
    "GIVEN an empty queue WHEN a walk-in checks in THEN it is created first in line with a "
    "wait of 0 to 5 minutes") {
  ClinicFixture f;
  const auto result = f.clinic->check_in(f.kiosk, f.walk_in("A-01"));
  CHECK(result.outcome == CheckinOutcome::created);
  CHECK(result.body ==
        nlohmann::json{{"ticket", "A-01"}, {"position", 1}, {"wait_minutes", {0, 5}}});
}

TEST_CASE(
    "GIVEN a created check-in WHEN the same request arrives again after the queue moved "
    "THEN it is replayed with the body first answered") {
  ClinicFixture f;
  const auto first = f.walk_in("A-01");
  const auto created = f.check_in_ok(first);
  f.check_in_ok(f.walk_in("A-02"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  const auto again = f.clinic->check_in(f.kiosk, first);
  CHECK(again.outcome == CheckinOutcome::replayed);
  CHECK(again.body == created);
  CHECK(f.clinic->visits(std::nullopt).size() == 2);
}

TEST_CASE(
    "GIVEN a created check-in WHEN the same id comes with a different body THEN it is an "
    "idempotency conflict and nothing changes") {
  ClinicFixture f;
  const auto first = f.walk_in("A-01");
  f.check_in_ok(first);
  auto other = first;
  other.urgent = true;
  other.fingerprint = fingerprint_of(other);
  const auto version = f.clinic->queue_snapshot().version;
  CHECK(f.clinic->check_in(f.kiosk, other).outcome == CheckinOutcome::idempotency_conflict);
  CHECK(f.clinic->queue_snapshot().version == version);
  CHECK_FALSE(f.clinic->visits(std::nullopt).front().urgent);
}

TEST_CASE("GIVEN a kiosk with prefix A WHEN it sends a ticket of prefix B THEN ticket conflict") {
  ClinicFixture f;
  f.add_kiosk("Side kiosk", "B");
  CHECK(f.clinic->check_in(f.kiosk, f.walk_in("B-01")).outcome == CheckinOutcome::ticket_conflict);
  CHECK(f.clinic->visits(std::nullopt).empty());
}

TEST_CASE(
    "GIVEN ticket A-01 used today WHEN another check-in uses it today THEN ticket conflict and "
    "WHEN it is used tomorrow THEN it is created") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.clock.advance(3h);
  CHECK(f.clinic->check_in(f.kiosk, f.walk_in("A-01")).outcome == CheckinOutcome::ticket_conflict);
  CHECK(f.clinic->check_in(f.kiosk, f.walk_in("A-001")).outcome == CheckinOutcome::ticket_conflict);
  f.clock.advance(24h);
  CHECK(f.clinic->check_in(f.kiosk, f.walk_in("A-01")).outcome == CheckinOutcome::created);
}

TEST_CASE(
    "GIVEN an appointment check-in WHEN its appointment id names nothing, or an appointment "
    "on another day, THEN unknown appointment and nothing is stored") {
  ClinicFixture f;
  const auto tomorrow =
      f.add_appointment("Jo", "Ray", "1990-04-01", local_time("2026-03-11T10:00"));
  CHECK(f.clinic->check_in(f.kiosk, f.for_appointment("A-01", "no-such-id")).outcome ==
        CheckinOutcome::unknown_appointment);
  CHECK(f.clinic->check_in(f.kiosk, f.for_appointment("A-01", tomorrow.id)).outcome ==
        CheckinOutcome::unknown_appointment);
  CHECK(f.clinic->visits(std::nullopt).empty());
}

TEST_CASE(
    "GIVEN an appointment today WHEN its person checks in with its id THEN the visit shows "
    "the greeting, practitioner, start and the appointment's service") {
  ClinicFixture f;
  const auto a =
      f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:15"));
  f.check_in_ok(f.for_appointment("A-01", a.id));
  const auto v = visit_with_ticket(f.clinic->visits(std::nullopt), "A-01");
  CHECK(v.appointment_id == std::optional<std::string>(a.id));
  CHECK(v.greeting_name == std::optional<std::string>("Jordan R."));
  CHECK(v.practitioner == std::optional<std::string>("Dr. Lee"));
  CHECK(v.appointment_start == std::optional<TimePoint>(a.start));
  CHECK(v.service == "rehab");
  CHECK(v.kiosk_name == "Front kiosk");
  CHECK_FALSE(v.unmatched_claim);
}

TEST_CASE(
    "GIVEN an offline claim made at 10:00 WHEN it reaches the server at 13:00 and one "
    "appointment matches around 10:00 THEN the visit is linked to it") {
  ClinicFixture f;
  const auto a =
      f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:20"));
  f.add_appointment("Kim", "Rowe", "1990-04-01", local_time("2026-03-10T13:00"));
  auto r = f.walk_in("A-01");
  r.kind = VisitKind::appointment;
  r.service.reset();
  r.claim = OfflineClaim{date("1990-04-01"), std::nullopt};
  r.fingerprint = fingerprint_of(r);
  f.clock.set(local_time("2026-03-10T13:00"));
  f.check_in_ok(r);
  const auto v = visit_with_ticket(f.clinic->visits(std::nullopt), "A-01");
  CHECK(v.appointment_id == std::optional<std::string>(a.id));
  CHECK_FALSE(v.unmatched_claim);
  CHECK(v.arrived_at == local_time("2026-03-10T10:00"));
}

TEST_CASE(
    "GIVEN an offline claim that matches no appointment WHEN it arrives THEN the check-in is "
    "accepted and flagged as an unmatched claim for staff") {
  ClinicFixture f;
  f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:20"));
  f.add_appointment("Jane", "Roe", "1990-04-01", local_time("2026-03-10T10:25"));
  auto r = f.walk_in("A-01");
  r.kind = VisitKind::appointment;
  r.claim = OfflineClaim{date("1990-04-01"), std::string("J")};  // two match: cannot tell
  r.fingerprint = fingerprint_of(r);
  f.check_in_ok(r);
  const auto v = visit_with_ticket(f.clinic->visits(std::nullopt), "A-01");
  CHECK(v.unmatched_claim);
  CHECK_FALSE(v.appointment_id.has_value());
}

TEST_CASE(
    "GIVEN a check-in with an intake response WHEN staff list visits THEN the response is "
    "there as sent") {
  ClinicFixture f;
  auto r = f.walk_in("A-01");
  r.response =
      nlohmann::json{{"resourceType", "QuestionnaireResponse"},
                     {"status", "completed"},
                     {"item", {{{"linkId", "pain"}, {"answer", {{{"valueInteger", 4}}}}}}}};
  r.fingerprint = fingerprint_of(r);
  f.check_in_ok(r);
  const auto v = visit_with_ticket(f.clinic->visits(std::nullopt), "A-01");
  REQUIRE(v.response.has_value());
  CHECK(*v.response == *r.response);
}

TEST_CASE(
    "GIVEN accepted check-ins WHEN the server restarts THEN every one is still there and a "
    "retry is still a replay") {
  ClinicFixture f;
  std::vector<CheckinRequest> sent;
  for (const char* t : {"A-01", "A-02", "A-03"}) {
    sent.push_back(f.walk_in(t));
    f.check_in_ok(sent.back());
  }
  f.reopen();
  CHECK(f.clinic->visits(std::nullopt).size() == 3);
  CHECK(waiting_tickets(f.clinic->queue_snapshot()) ==
        std::vector<std::string>{"A-01", "A-02", "A-03"});
  CHECK(f.clinic->check_in(f.kiosk, sent[1]).outcome == CheckinOutcome::replayed);
}

TEST_CASE(
    "GIVEN a display device WHEN it sends a check-in THEN ticket conflict: it has no prefix") {
  ClinicFixture f;
  const auto token = f.clinic->add_device("Lobby screen", DeviceRole::display, "");
  const auto display = f.clinic->authenticate_device(token);
  REQUIRE(display.has_value());
  CHECK(f.clinic->check_in(*display, f.walk_in("A-01")).outcome == CheckinOutcome::ticket_conflict);
}

TEST_CASE(
    "GIVEN an empty queue WHEN someone checks in 25 minutes before their appointment THEN the "
    "wait they are told starts no earlier than their appointment") {
  ClinicFixture f;
  const auto a = f.add_appointment("Jo", "Ray", "1990-04-01", f.clock.now() + 25min);
  const auto body = f.check_in_ok(f.for_appointment("A-01", a.id));
  CHECK(body == nlohmann::json{{"ticket", "A-01"}, {"position", 1}, {"wait_minutes", {25, 30}}});
}

TEST_CASE(
    "GIVEN a long line WHEN someone with an appointment soon checks in THEN the line decides, "
    "and WHEN they arrive late THEN the line alone decides") {
  ClinicFixture f;
  f.config.rooms = {"Room 1"};
  f.reopen();
  const auto soon = f.add_appointment("Jo", "Ray", "1990-04-01", f.clock.now() + 5min);
  const auto late = f.add_appointment("Al", "Fox", "1980-01-02", f.clock.now() - 20min);
  // An urgent walk-in ahead: 60 minutes of massage before either is seen.
  auto urgent = f.walk_in("A-01");
  urgent.urgent = true;
  urgent.fingerprint = fingerprint_of(urgent);
  f.check_in_ok(urgent);
  const auto late_body = f.check_in_ok(f.for_appointment("A-02", late.id));
  CHECK(late_body["wait_minutes"] == nlohmann::json{45, 75});  // 60 min: 48..72 -> 45..75
  const auto soon_body = f.check_in_ok(f.for_appointment("A-03", soon.id));
  CHECK(soon_body["position"] == 3);
  CHECK(soon_body["wait_minutes"] == nlohmann::json{80, 130});  // 105 min ahead, not 5
}
