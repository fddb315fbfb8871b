// The visit state machine as the front desk drives it.
#include <doctest/doctest.h>

#include "store/sqlite_db.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

namespace {
VisitState state_of(Clinic& clinic, const std::string& ticket) {
  return visit_with_ticket(clinic.visits(std::nullopt), ticket).state;
}
}  // namespace

TEST_CASE(
    "GIVEN a waiting visit WHEN called, started and completed THEN it moves waiting -> called "
    "-> in_session -> done and the result carries the visit") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  const auto called = f.clinic->act("A-01", VisitAction::call, "Room 2");
  REQUIRE(called.outcome == TransitionOutcome::done);
  REQUIRE(called.visit.has_value());
  CHECK(called.visit->state == VisitState::called);
  CHECK(called.visit->room == std::optional<std::string>("Room 2"));
  CHECK(f.clinic->act("A-01", VisitAction::start, std::nullopt).outcome == TransitionOutcome::done);
  CHECK(state_of(*f.clinic, "A-01") == VisitState::in_session);
  CHECK(f.clinic->act("A-01", VisitAction::complete, std::nullopt).outcome ==
        TransitionOutcome::done);
  CHECK(state_of(*f.clinic, "A-01") == VisitState::done);
  CHECK(f.clinic->queue_snapshot().now_serving.empty());
}

TEST_CASE(
    "GIVEN a waiting visit WHEN called to a room the clinic does not have, or to no room, "
    "THEN unknown room and it still waits") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  CHECK(f.clinic->act("A-01", VisitAction::call, "Broom cupboard").outcome ==
        TransitionOutcome::unknown_room);
  CHECK(f.clinic->act("A-01", VisitAction::call, std::nullopt).outcome ==
        TransitionOutcome::unknown_room);
  CHECK(state_of(*f.clinic, "A-01") == VisitState::waiting);
}

TEST_CASE(
    "GIVEN a waiting visit WHEN started or completed before being called THEN illegal and "
    "nothing changes") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  const auto version = f.clinic->queue_snapshot().version;
  CHECK(f.clinic->act("A-01", VisitAction::start, std::nullopt).outcome ==
        TransitionOutcome::illegal);
  CHECK(f.clinic->act("A-01", VisitAction::complete, std::nullopt).outcome ==
        TransitionOutcome::illegal);
  CHECK(f.clinic->act("A-01", VisitAction::requeue, std::nullopt).outcome ==
        TransitionOutcome::illegal);
  CHECK(state_of(*f.clinic, "A-01") == VisitState::waiting);
  CHECK(f.clinic->queue_snapshot().version == version);
}

TEST_CASE("GIVEN a called visit WHEN called again to another room THEN it moves there") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  CHECK(f.clinic->act("A-01", VisitAction::call, "Room 2").outcome == TransitionOutcome::done);
  CHECK(f.clinic->queue_snapshot().now_serving.at(0).room == "Room 2");
}

TEST_CASE(
    "GIVEN a called visit WHEN marked no-show THEN it leaves the lobby and WHEN requeued THEN it "
    "waits again without a room") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  CHECK(f.clinic->act("A-01", VisitAction::no_show, std::nullopt).outcome ==
        TransitionOutcome::done);
  CHECK(state_of(*f.clinic, "A-01") == VisitState::no_show);
  CHECK(f.clinic->queue_snapshot().now_serving.empty());
  CHECK(f.clinic->queue_snapshot().waiting.empty());
  CHECK(f.clinic->act("A-01", VisitAction::requeue, std::nullopt).outcome ==
        TransitionOutcome::done);
  const auto v = visit_with_ticket(f.clinic->visits(std::nullopt), "A-01");
  CHECK(v.state == VisitState::waiting);
  CHECK_FALSE(v.room.has_value());
  CHECK(waiting_tickets(f.clinic->queue_snapshot()) == std::vector<std::string>{"A-01"});
}

TEST_CASE(
    "GIVEN a called visit WHEN requeued THEN it waits again and a waiting visit may be marked "
    "no-show") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  CHECK(f.clinic->act("A-01", VisitAction::requeue, std::nullopt).outcome ==
        TransitionOutcome::done);
  CHECK(state_of(*f.clinic, "A-01") == VisitState::waiting);
  CHECK(f.clinic->act("A-02", VisitAction::no_show, std::nullopt).outcome ==
        TransitionOutcome::done);
  CHECK(state_of(*f.clinic, "A-02") == VisitState::no_show);
}

TEST_CASE("GIVEN a finished visit WHEN anything is done to it THEN illegal") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  f.clinic->act("A-01", VisitAction::start, std::nullopt);
  f.clinic->act("A-01", VisitAction::complete, std::nullopt);
  for (auto action : {VisitAction::call, VisitAction::start, VisitAction::complete,
                      VisitAction::no_show, VisitAction::requeue})
    CHECK(f.clinic->act("A-01", action, "Room 1").outcome == TransitionOutcome::illegal);
}

TEST_CASE("GIVEN a ticket nobody has today WHEN acted on THEN not found, including yesterday's") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  CHECK(f.clinic->act("A-09", VisitAction::call, "Room 1").outcome == TransitionOutcome::not_found);
  f.clock.advance(24h);
  CHECK(f.clinic->act("A-01", VisitAction::call, "Room 1").outcome == TransitionOutcome::not_found);
}

TEST_CASE("GIVEN visits in several states WHEN staff filter by state THEN only those come back") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  f.clinic->act("A-02", VisitAction::call, "Room 1");
  const auto called = f.clinic->visits(VisitState::called);
  REQUIRE(called.size() == 1);
  CHECK(called[0].ticket == "A-02");
  CHECK(f.clinic->visits(VisitState::waiting).at(0).ticket == "A-01");
  CHECK(f.clinic->visits(std::nullopt).size() == 2);
}

TEST_CASE(
    "GIVEN a room with a called visit WHEN someone else is called into it THEN room occupied, "
    "naming the room, and nothing changes") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  REQUIRE(f.clinic->act("A-01", VisitAction::call, "Room 1").outcome == TransitionOutcome::done);
  const auto version = f.clinic->queue_snapshot().version;
  const auto refused = f.clinic->act("A-02", VisitAction::call, "Room 1");
  CHECK(refused.outcome == TransitionOutcome::room_occupied);
  CHECK(refused.room == "Room 1");
  CHECK_FALSE(refused.visit.has_value());
  const auto second = visit_with_ticket(f.clinic->visits(std::nullopt), "A-02");
  CHECK(second.state == VisitState::waiting);
  CHECK_FALSE(second.room.has_value());
  CHECK(f.clinic->queue_snapshot().version == version);
  // The rooms board still shows the first visit, and the second still waits in line.
  CHECK(f.clinic->rooms().at(0).ticket == std::optional<std::string>("A-01"));
  CHECK(waiting_tickets(f.clinic->queue_snapshot()) == std::vector<std::string>{"A-02"});
}

TEST_CASE(
    "GIVEN a room with a session under way WHEN someone is called into it, or a called visit "
    "is moved into it THEN room occupied") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  f.clinic->act("A-01", VisitAction::start, std::nullopt);
  CHECK(f.clinic->act("A-02", VisitAction::call, "Room 1").outcome ==
        TransitionOutcome::room_occupied);
  REQUIRE(f.clinic->act("A-02", VisitAction::call, "Room 2").outcome == TransitionOutcome::done);
  CHECK(f.clinic->act("A-02", VisitAction::call, "Room 1").outcome ==
        TransitionOutcome::room_occupied);
  CHECK(visit_with_ticket(f.clinic->visits(std::nullopt), "A-02").room ==
        std::optional<std::string>("Room 2"));
}

TEST_CASE(
    "GIVEN a called visit WHEN called again to its own room THEN done, and WHEN its room is "
    "freed THEN the next person may be called there") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  CHECK(f.clinic->act("A-01", VisitAction::call, "Room 1").outcome == TransitionOutcome::done);
  f.clinic->act("A-01", VisitAction::requeue, std::nullopt);
  CHECK(f.clinic->act("A-02", VisitAction::call, "Room 1").outcome == TransitionOutcome::done);
  f.clinic->act("A-02", VisitAction::start, std::nullopt);
  f.clinic->act("A-02", VisitAction::complete, std::nullopt);
  CHECK(f.clinic->act("A-01", VisitAction::call, "Room 1").outcome == TransitionOutcome::done);
}

TEST_CASE(
    "GIVEN two visits called to one room by an older server WHEN one is started THEN room "
    "occupied until the other leaves it") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  f.clinic->act("A-02", VisitAction::call, "Room 2");
  // What an older server allowed: both called to Room 1, written as it would have been.
  f.clinic.reset();
  {
    SqliteDb raw(f.db_path().string());
    raw.exec("UPDATE visits SET room = 'Room 1' WHERE ticket = 'A-02'");
  }
  f.open();
  CHECK(f.clinic->act("A-02", VisitAction::start, std::nullopt).outcome ==
        TransitionOutcome::room_occupied);
  REQUIRE(f.clinic->act("A-01", VisitAction::requeue, std::nullopt).outcome ==
          TransitionOutcome::done);
  CHECK(f.clinic->act("A-02", VisitAction::start, std::nullopt).outcome == TransitionOutcome::done);
}
