// The front desk's rooms board, hand-matching of offline claims, a kiosk's "Need help now?" on
// its own check-in, and appointment imports through the shared CSV reader.
#include <doctest/doctest.h>

#include "clinic/appointment_csv.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;

namespace {

// An appointment check-in made offline whose claim matches nothing.
CheckinRequest unmatched_claim(const ClinicFixture& f, const std::string& ticket) {
  CheckinRequest r = f.walk_in(ticket);
  r.kind = VisitKind::appointment;
  r.service.reset();
  r.claim = OfflineClaim{date("1975-03-06"), std::string("R")};
  r.fingerprint = fingerprint_of(r);
  return r;
}

constexpr const char* kHeader = "first_name,last_name,birth_date,start,practitioner,service\n";

}  // namespace

TEST_CASE("GIVEN three configured rooms WHEN one visit is called and one in session THEN rooms() lists every room in config order") {
  ClinicFixture f;
  f.config.rooms = {"Quiet room", "Room 1", "Room 2"};
  f.reopen();
  auto empty = f.clinic->rooms();
  REQUIRE(empty.size() == 3);
  CHECK(empty[0].name == "Quiet room");
  CHECK_FALSE(empty[0].ticket.has_value());
  CHECK_FALSE(empty[0].state.has_value());
  CHECK_FALSE(empty[0].since.has_value());

  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  REQUIRE(f.clinic->act("A-01", VisitAction::call, std::string("Room 2")).outcome == TransitionOutcome::done);
  f.clock.advance(std::chrono::minutes(3));
  REQUIRE(f.clinic->act("A-02", VisitAction::call, std::string("Quiet room")).outcome == TransitionOutcome::done);
  REQUIRE(f.clinic->act("A-02", VisitAction::start, std::nullopt).outcome == TransitionOutcome::done);
  const auto rooms = f.clinic->rooms();
  REQUIRE(rooms.size() == 3);
  CHECK(rooms[0].ticket == "A-02");
  CHECK(rooms[0].state == VisitState::in_session);
  CHECK(rooms[0].since == f.clock.now());
  CHECK_FALSE(rooms[1].ticket.has_value());
  CHECK(rooms[2].ticket == "A-01");
  CHECK(rooms[2].state == VisitState::called);

  REQUIRE(f.clinic->act("A-02", VisitAction::complete, std::nullopt).outcome == TransitionOutcome::done);
  CHECK_FALSE(f.clinic->rooms()[0].ticket.has_value());  // a finished visit frees the room
}

TEST_CASE("GIVEN an unmatched offline claim WHEN staff match it THEN it is linked as an online check-in would be and the queue moves") {
  ClinicFixture f;
  const auto a = f.add_appointment("Robin", "Okafor", "1975-06-30",
                                   f.clock.now() + std::chrono::minutes(45), "rehab");
  const auto earlier = f.add_appointment("Ana", "Lima", "1990-01-02",
                                         f.clock.now() + std::chrono::minutes(30), "massage");
  f.check_in_ok(f.for_appointment("A-01", earlier.id));
  f.check_in_ok(unmatched_claim(f, "A-02"));
  // Unmatched, the claim has no appointment time and goes by its arrival (10:00).
  REQUIRE(waiting_tickets(f.clinic->queue_snapshot()) == std::vector<std::string>{"A-02", "A-01"});
  auto before = visit_with_ticket(f.clinic->visits(std::nullopt), "A-02");
  REQUIRE(before.unmatched_claim);
  REQUIRE(before.claim.has_value());
  CHECK(before.claim->birth_date == date("1975-03-06"));
  const auto version = f.clinic->queue_snapshot().version;

  const auto result = f.clinic->match_claim("A-02", a.id);
  REQUIRE(result.outcome == MatchOutcome::done);
  REQUIRE(result.visit.has_value());
  CHECK(result.visit->appointment_id == a.id);
  CHECK_FALSE(result.visit->unmatched_claim);
  CHECK_FALSE(result.visit->claim.has_value());
  CHECK(result.visit->greeting_name == "Robin O.");
  CHECK(result.visit->service == "rehab");
  CHECK(f.clinic->queue_snapshot().version == version + 1);

  // Stored, not just answered: after a restart the visit is still linked, the claim gone.
  f.reopen();
  const auto after = visit_with_ticket(f.clinic->visits(std::nullopt), "A-02");
  CHECK(after.appointment_id == a.id);
  CHECK(after.appointment_start == a.start);
  CHECK_FALSE(after.claim.has_value());
  CHECK(f.clinic->appointments_on(date("2026-03-10")).back().ticket == "A-02");
  // Matched, it goes by its appointment time (10:45), after the 10:30 one, as online.
  CHECK(waiting_tickets(f.clinic->queue_snapshot()) == std::vector<std::string>{"A-01", "A-02"});
}

TEST_CASE("GIVEN visits that are not unmatched claims WHEN staff try to match them THEN each is refused and nothing changes") {
  ClinicFixture f;
  const auto a = f.add_appointment("Robin", "Okafor", "1975-06-30", f.clock.now());
  const auto b = f.add_appointment("Ana", "Lima", "1990-01-02", f.clock.now());
  const auto tomorrow = f.add_appointment("Lee", "Park", "1985-11-20",
                                          f.clock.now() + std::chrono::hours(24));
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.for_appointment("A-02", a.id));
  f.check_in_ok(unmatched_claim(f, "A-03"));
  const auto version = f.clinic->queue_snapshot().version;

  CHECK(f.clinic->match_claim("A-99", b.id).outcome == MatchOutcome::not_found);
  CHECK(f.clinic->match_claim("A-01", b.id).outcome == MatchOutcome::not_an_unmatched_claim);
  CHECK(f.clinic->match_claim("A-02", b.id).outcome == MatchOutcome::not_an_unmatched_claim);
  CHECK(f.clinic->match_claim("A-03", "no-such-id").outcome == MatchOutcome::unknown_appointment);
  CHECK(f.clinic->match_claim("A-03", tomorrow.id).outcome == MatchOutcome::unknown_appointment);
  CHECK(f.clinic->match_claim("A-03", a.id).outcome == MatchOutcome::appointment_taken);
  CHECK(f.clinic->queue_snapshot().version == version);
  CHECK(visit_with_ticket(f.clinic->visits(std::nullopt), "A-03").unmatched_claim);

  REQUIRE(f.clinic->match_claim("A-03", b.id).outcome == MatchOutcome::done);
  CHECK(f.clinic->match_claim("A-03", b.id).outcome == MatchOutcome::not_an_unmatched_claim);
}

TEST_CASE("GIVEN a waiting check-in WHEN its kiosk marks it urgent THEN the same visit goes first, once") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  const auto second = f.walk_in("A-02");
  f.check_in_ok(second);
  const auto version = f.clinic->queue_snapshot().version;

  const auto result = f.clinic->mark_urgent(f.kiosk, second.id);
  REQUIRE(result.outcome == UrgentOutcome::done);
  CHECK(result.ticket == "A-02");
  const auto snapshot = f.clinic->queue_snapshot();
  CHECK(snapshot.version == version + 1);
  CHECK(waiting_tickets(snapshot) == std::vector<std::string>{"A-02", "A-01"});
  CHECK(f.clinic->visits(std::nullopt).size() == 2);  // no second check-in

  // Pressed again: the same answer, nothing moves, nobody is woken.
  const auto again = f.clinic->mark_urgent(f.kiosk, second.id);
  CHECK(again.outcome == UrgentOutcome::done);
  CHECK(again.ticket == "A-02");
  CHECK(f.clinic->queue_snapshot().version == version + 1);

  f.reopen();  // stored
  CHECK(visit_with_ticket(f.clinic->visits(std::nullopt), "A-02").urgent);
  CHECK_FALSE(visit_with_ticket(f.clinic->visits(std::nullopt), "A-01").urgent);
}

TEST_CASE("GIVEN another kiosk, an unknown id or a closed visit WHEN marking urgent THEN it is refused and nothing changes") {
  ClinicFixture f;
  const Device other = f.add_kiosk("Side kiosk", "B");
  const auto done = f.walk_in("A-01");
  const auto gone = f.walk_in("A-02");
  const auto waiting = f.walk_in("A-03");
  f.check_in_ok(done);
  f.check_in_ok(gone);
  f.check_in_ok(waiting);
  REQUIRE(f.clinic->act("A-01", VisitAction::call, std::string("Room 1")).outcome == TransitionOutcome::done);
  REQUIRE(f.clinic->act("A-01", VisitAction::start, std::nullopt).outcome == TransitionOutcome::done);
  REQUIRE(f.clinic->act("A-01", VisitAction::complete, std::nullopt).outcome == TransitionOutcome::done);
  REQUIRE(f.clinic->act("A-02", VisitAction::no_show, std::nullopt).outcome == TransitionOutcome::done);
  const auto version = f.clinic->queue_snapshot().version;

  CHECK(f.clinic->mark_urgent(other, waiting.id).outcome == UrgentOutcome::not_found);
  CHECK(f.clinic->mark_urgent(f.kiosk, "5f0c2b7e-8d1a-4c3e-9b2f-0a1b2c3d4e5f").outcome ==
        UrgentOutcome::not_found);
  CHECK(f.clinic->mark_urgent(f.kiosk, done.id).outcome == UrgentOutcome::visit_closed);
  CHECK(f.clinic->mark_urgent(f.kiosk, gone.id).outcome == UrgentOutcome::visit_closed);
  CHECK(f.clinic->queue_snapshot().version == version);
  for (const auto& v : f.clinic->visits(std::nullopt)) CHECK_FALSE(v.urgent);

  // A visit called to a room is still open: help can still be asked for.
  REQUIRE(f.clinic->act("A-03", VisitAction::call, std::string("Room 1")).outcome == TransitionOutcome::done);
  CHECK(f.clinic->mark_urgent(f.kiosk, waiting.id).outcome == UrgentOutcome::done);
  // The next day yesterday's visit is over.
  const auto tomorrow_check = f.walk_in("A-04");
  f.check_in_ok(tomorrow_check);
  f.clock.advance(std::chrono::hours(24));
  CHECK(f.clinic->mark_urgent(f.kiosk, tomorrow_check.id).outcome == UrgentOutcome::visit_closed);
}

TEST_CASE("GIVEN a CSV file WHEN read by the shared reader THEN rows come back in order, with quoting") {
  const auto rows = parse_appointment_csv(
      std::string(kHeader) + "Jordan,Rivera,1990-04-01,2026-03-10T10:00,\"Lee, Dr.\",rehab\r\n"
                             "\"Ann \"\"Nan\"\"\",Bell,1985-12-31,2026-03-10T11:30:00Z,Dr. Kim,massage\n",
      date("2026-03-10"));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].practitioner == "Lee, Dr.");
  CHECK(rows[0].start == local_time("2026-03-10T10:00"));
  CHECK(rows[1].first_name == "Ann \"Nan\"");
  CHECK(rows[0].id.empty());
  CHECK(parse_appointment_csv(kHeader, date("2026-03-10")).empty());
}

TEST_CASE("GIVEN a bad row WHEN the CSV is read THEN the error names line and column and never the value") {
  const auto error_of = [](const std::string& csv) {
    try {
      parse_appointment_csv(csv, date("2026-03-10"));
    } catch (const AppointmentCsvError& e) {
      return std::string(e.what());
    }
    FAIL("expected an AppointmentCsvError");
    return std::string();
  };
  const std::string good = "Zebulon,Sentinelname,1931-07-29,2026-03-10T10:00,Dr. Lee,rehab\n";
  const auto birth = error_of(std::string(kHeader) + good + "Zebulon,Sentinelname,1931-02-31,2026-03-10T10:00,Dr. Lee,rehab\n");
  CHECK(birth.starts_with("line 3, column birth_date: "));
  CHECK(birth.find("1931-02-31") == std::string::npos);
  const auto start = error_of(std::string(kHeader) + "Zebulon,Sentinelname,1931-07-29,teatime,Dr. Lee,rehab\n");
  CHECK(start.starts_with("line 2, column start: "));
  CHECK(start.find("teatime") == std::string::npos);
  const auto empty = error_of(std::string(kHeader) + "Zebulon,,1931-07-29,2026-03-10T10:00,Dr. Lee,rehab\n");
  CHECK(empty == "line 2, column last_name: must not be empty");
  const auto fields = error_of(std::string(kHeader) + "Zebulon,Sentinelname\n");
  CHECK(fields.starts_with("line 2: "));
  const auto header = error_of("name,birth\nZebulon,1931-07-29\n");
  CHECK(header.starts_with("line 1: "));
  const auto quote = error_of(std::string(kHeader) + good + "\"Zebulon,Sentinelname\n");
  CHECK(quote.starts_with("line 3: "));
  for (const auto& message : {birth, start, empty, fields, header, quote}) {
    CHECK(message.find("Zebulon") == std::string::npos);
    CHECK(message.find("Sentinelname") == std::string::npos);
  }
}

TEST_CASE("GIVEN imported appointments WHEN the same file is imported again THEN nothing is added twice and the ids are the stored ones") {
  ClinicFixture f;
  const auto rows = parse_appointment_csv(
      std::string(kHeader) + "Jordan,Rivera,1990-04-01,2026-03-10T10:00,Dr. Lee,rehab\n"
                             "Ann,Bell,1985-12-31,2026-03-10T11:30,Dr. Kim,massage\n",
      date("2026-03-10"));
  const auto first = f.clinic->import_appointments(rows);
  CHECK(first.added == 2);
  REQUIRE(first.ids.size() == 2);
  CHECK(first.ids[0] != first.ids[1]);
  const auto again = f.clinic->import_appointments(rows);
  CHECK(again.added == 0);
  CHECK(again.ids == first.ids);
  CHECK(f.clinic->appointments_on(date("2026-03-10")).size() == 2);
}
