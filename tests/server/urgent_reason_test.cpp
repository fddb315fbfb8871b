// Why a visit is urgent, for the front desk: given by the kiosk with the check-in, recorded by
// "Need help now?", kept across restarts and absent (not guessed) for older kiosks and databases.
#include <doctest/doctest.h>

#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/sqlite_store.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;

namespace {

CheckinRequest urgent_walk_in(const ClinicFixture& f, const std::string& ticket,
                              std::optional<UrgentReason> reason) {
  auto r = f.walk_in(ticket);
  r.urgent = true;
  r.urgent_reason = reason;
  r.fingerprint = fingerprint_of(r);
  return r;
}

Visit visit_of(ClinicFixture& f, const std::string& ticket) {
  return visit_with_ticket(f.clinic->visits(std::nullopt), ticket);
}

}  // namespace

TEST_CASE(
    "GIVEN urgent check-ins with and without a reason WHEN the desk reads them THEN each shows "
    "its reason, after a restart too") {
  ClinicFixture f;
  f.check_in_ok(urgent_walk_in(f, "A-01", UrgentReason::asked_to_talk));
  f.check_in_ok(urgent_walk_in(f, "A-02", UrgentReason::help_button));
  f.check_in_ok(urgent_walk_in(f, "A-03", std::nullopt));  // an older kiosk
  f.check_in_ok(f.walk_in("A-04"));
  f.reopen();
  CHECK(visit_of(f, "A-01").urgent_reason == UrgentReason::asked_to_talk);
  CHECK(visit_of(f, "A-02").urgent_reason == UrgentReason::help_button);
  CHECK(visit_of(f, "A-03").urgent);
  CHECK_FALSE(visit_of(f, "A-03").urgent_reason.has_value());
  CHECK_FALSE(visit_of(f, "A-04").urgent_reason.has_value());
}

TEST_CASE(
    "GIVEN a waiting visit WHEN its kiosk's help button marks it urgent THEN the reason is the "
    "help button, and a repeat changes nothing") {
  ClinicFixture f;
  const auto request = f.walk_in("A-01");
  f.check_in_ok(request);
  REQUIRE(f.clinic->mark_urgent(f.kiosk, request.id).outcome == UrgentOutcome::done);
  CHECK(visit_of(f, "A-01").urgent_reason == UrgentReason::help_button);
  const auto version = f.clinic->queue_snapshot().version;
  REQUIRE(f.clinic->mark_urgent(f.kiosk, request.id).outcome == UrgentOutcome::done);
  CHECK(f.clinic->queue_snapshot().version == version);
}

TEST_CASE(
    "GIVEN visits urgent for an intake answer or for no given reason WHEN the help button is "
    "pressed THEN the reason becomes the help button and the desk is woken") {
  ClinicFixture f;
  const auto talk = urgent_walk_in(f, "A-01", UrgentReason::asked_to_talk);
  const auto old = urgent_walk_in(f, "A-02", std::nullopt);
  f.check_in_ok(talk);
  f.check_in_ok(old);
  const auto version = f.clinic->queue_snapshot().version;
  REQUIRE(f.clinic->mark_urgent(f.kiosk, talk.id).outcome == UrgentOutcome::done);
  CHECK(visit_of(f, "A-01").urgent_reason == UrgentReason::help_button);
  CHECK(f.clinic->queue_snapshot().version == version + 1);  // the desk re-reads and sees it
  REQUIRE(f.clinic->mark_urgent(f.kiosk, old.id).outcome == UrgentOutcome::done);
  CHECK(visit_of(f, "A-02").urgent_reason == UrgentReason::help_button);
  CHECK(f.clinic->queue_snapshot().version == version + 2);
  REQUIRE(f.clinic->mark_urgent(f.kiosk, old.id).outcome == UrgentOutcome::done);
  CHECK(f.clinic->queue_snapshot().version == version + 2);
}

TEST_CASE(
    "GIVEN a database written before urgent reasons WHEN opened THEN it is migrated and its "
    "urgent visit has no reason") {
  TempDir dir;
  const auto path = dir.path() / "v1.db";
  {
    SqliteDb raw(path.string());
    raw.exec(sqlite_migrations()[0]);
    raw.exec("PRAGMA user_version = 1");
    raw.exec(
        "INSERT INTO devices (id, name, role, ticket_prefix, token_hash) "
        "VALUES (1, 'Front kiosk', 'kiosk', 'A', 'hash')");
    raw.exec(
        "INSERT INTO visits (id, ticket, day, kind, state, urgent, service, language, kiosk_id, "
        "arrived_at, state_since, fingerprint_hash, result_body) VALUES "
        "('6f1c2b7e-8d1a-4c3e-9b2f-0a1b2c3d4e5f', 'A-01', '2026-03-10', 'walk_in', 'waiting', 1, "
        "'massage', 'en', 1, 1773136800000, 1773136800000, 'x', '{}')");
  }
  ManualTimeSource clock(local_time("2026-03-10T10:30"));
  Clinic clinic(std::make_unique<SqliteStore>(path.string()), ServerConfig{}, clock);
  const auto visits = clinic.visits(std::nullopt);
  REQUIRE(visits.size() == 1);
  CHECK(visits[0].urgent);
  CHECK_FALSE(visits[0].urgent_reason.has_value());
}
