// The lobby's queue: order, now serving, wait estimate, version and long-poll wake-up.
#include <doctest/doctest.h>

#include <future>
#include <thread>

#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

TEST_CASE(
    "GIVEN a walk-in, an appointment and an urgent walk-in WHEN the lobby asks THEN urgent "
    "comes first, then the appointment, then the walk-in, numbered from 1") {
  ClinicFixture f;
  const auto a =
      f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:30"));
  f.check_in_ok(f.walk_in("A-01"));
  f.clock.advance(5min);
  f.check_in_ok(f.for_appointment("A-02", a.id));
  f.clock.advance(5min);
  auto urgent = f.walk_in("A-03");
  urgent.urgent = true;
  urgent.fingerprint = fingerprint_of(urgent);
  f.check_in_ok(urgent);
  const auto snapshot = f.clinic->queue_snapshot();
  CHECK(waiting_tickets(snapshot) == std::vector<std::string>{"A-03", "A-02", "A-01"});
  REQUIRE(snapshot.waiting.size() == 3);
  CHECK(snapshot.waiting[0].position == 1);
  CHECK(snapshot.waiting[2].position == 3);
  CHECK(visit_with_ticket(f.clinic->visits(VisitState::waiting), "A-01").position ==
        std::optional<int>(3));
}

TEST_CASE(
    "GIVEN two waiting WHEN one is called and the other's session starts THEN both are now "
    "serving with room and since, and nobody waits so there is no wait estimate") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  REQUIRE(f.clinic->act("A-01", VisitAction::call, "Room 1").outcome == TransitionOutcome::done);
  f.clock.advance(2min);
  const TimePoint called_at = f.clock.now();
  f.clinic->act("A-02", VisitAction::call, "Room 2");
  f.clinic->act("A-02", VisitAction::start, std::nullopt);
  const auto s = f.clinic->queue_snapshot();
  REQUIRE(s.now_serving.size() == 2);
  CHECK(s.now_serving[0].ticket == "A-01");
  CHECK(s.now_serving[0].room == "Room 1");
  CHECK(s.now_serving[1].ticket == "A-02");
  CHECK(s.now_serving[1].room == "Room 2");
  CHECK(s.now_serving[1].since == called_at);
  CHECK(s.waiting.empty());
  CHECK_FALSE(s.wait.has_value());
}

TEST_CASE(
    "GIVEN one room and a massage (60 min) waiting WHEN another walk-in checks in THEN it is "
    "second with the estimate for one massage ahead") {
  ClinicFixture f;
  f.config.rooms = {"Room 1"};
  f.reopen();
  f.check_in_ok(f.walk_in("A-01", "massage"));
  const auto body = f.check_in_ok(f.walk_in("A-02", "rehab"));
  const auto expected = to_wait_range(60);
  CHECK(body["position"] == 2);
  CHECK(body["wait_minutes"] == nlohmann::json{expected.low_minutes, expected.high_minutes});
  CHECK(f.clinic->queue_snapshot().wait == to_wait_range(60 + 45));
}

TEST_CASE(
    "GIVEN two rooms, one busy WHEN people wait THEN the estimate divides by the rooms in "
    "use, and by the configured rooms when none is busy") {
  ClinicFixture f;
  for (const char* t : {"A-01", "A-02", "A-03"}) f.check_in_ok(f.walk_in(t, "massage"));
  CHECK(f.clinic->queue_snapshot().wait == to_wait_range(180.0 / 2));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  CHECK(f.clinic->queue_snapshot().wait == to_wait_range(120.0 / 1));
}

TEST_CASE(
    "GIVEN a 20-minute massage completed WHEN someone waits THEN the estimate uses the "
    "learned length, also after the server restarts") {
  ClinicFixture f;
  f.config.rooms = {"Room 1"};
  f.reopen();
  f.check_in_ok(f.walk_in("A-01", "massage"));
  f.check_in_ok(f.walk_in("A-02", "massage"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  f.clinic->act("A-01", VisitAction::start, std::nullopt);
  f.clock.advance(20min);
  f.clinic->act("A-01", VisitAction::complete, std::nullopt);
  SessionLengthModel model(f.config.service_minutes, f.config.default_session_minutes,
                           f.config.wait_estimate_alpha);
  model.observe("massage", 20);
  const auto learned = to_wait_range(model.expected_minutes("massage"));
  REQUIRE(learned != to_wait_range(60));
  CHECK(f.clinic->queue_snapshot().wait == learned);
  f.reopen();
  CHECK(f.clinic->queue_snapshot().wait == learned);
}

TEST_CASE(
    "GIVEN a queue WHEN it changes THEN its version rises and updated_at is the time of the "
    "change, both kept across a restart") {
  ClinicFixture f;
  const auto v0 = f.clinic->queue_snapshot().version;
  f.check_in_ok(f.walk_in("A-01"));
  f.clock.advance(7min);
  const TimePoint changed_at = f.clock.now();
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  f.clock.advance(3min);
  const auto s = f.clinic->queue_snapshot();
  CHECK(s.version == v0 + 2);
  CHECK(s.updated_at == changed_at);
  f.reopen();
  CHECK(f.clinic->queue_snapshot().version == v0 + 2);
  f.check_in_ok(f.walk_in("A-02"));
  CHECK(f.clinic->queue_snapshot().version == v0 + 3);
}

TEST_CASE(
    "GIVEN a long-poll waiting for a change WHEN another thread checks someone in THEN the "
    "wait returns true") {
  ClinicFixture f;
  const auto version = f.clinic->queue_snapshot().version;
  // Ten minutes: without a wake-up the test outlives its CTest timeout and fails.
  auto waiter = std::async(std::launch::async, [&] {
    return f.clinic->wait_for_queue_change(version, std::chrono::minutes{10});
  });
  f.check_in_ok(f.walk_in("A-01"));
  CHECK(waiter.get());
}

TEST_CASE("GIVEN no change WHEN a long-poll waits THEN it times out with false") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  const auto version = f.clinic->queue_snapshot().version;
  CHECK_FALSE(f.clinic->wait_for_queue_change(version, 30ms));
  CHECK(f.clinic->wait_for_queue_change(version - 1, 30ms));
}

TEST_CASE(
    "GIVEN a long-poll waiting WHEN the server releases waiters to shut down THEN it returns "
    "false at once") {
  ClinicFixture f;
  const auto version = f.clinic->queue_snapshot().version;
  auto waiter = std::async(std::launch::async, [&] {
    return f.clinic->wait_for_queue_change(version, std::chrono::minutes{10});
  });
  f.clinic->release_waiters();
  CHECK_FALSE(waiter.get());
}

TEST_CASE(
    "GIVEN a long-poll waiting WHEN a kiosk authenticates meanwhile THEN it is answered: "
    "waiters do not hold the database") {
  ClinicFixture f;
  const auto token = f.clinic->add_device("Second kiosk", DeviceRole::kiosk, "");
  const auto version = f.clinic->queue_snapshot().version;
  auto waiter = std::async(std::launch::async, [&] {
    return f.clinic->wait_for_queue_change(version, std::chrono::minutes{10});
  });
  // Lookups and snapshots from this thread would deadlock if the waiter held the store's lock.
  CHECK(f.clinic->authenticate_device(token).has_value());
  CHECK(f.clinic->queue_snapshot().version == version);
  f.check_in_ok(f.walk_in("A-01"));
  CHECK(waiter.get());
}

TEST_CASE("GIVEN a new clinic WHEN the lobby asks before anything happened THEN the queue is dated now") {
  ClinicFixture f;
  const auto snapshot = f.clinic->queue_snapshot();
  CHECK(snapshot.version == 0);
  CHECK(snapshot.updated_at == f.clock.now());
}

TEST_CASE(
    "GIVEN people waiting, appointments among them WHEN a walk-in checks in THEN their ticket's "
    "wait is the one the lobby showed for walking in now") {
  ClinicFixture f;
  const auto a = f.add_appointment("Jo", "Ray", "1990-04-01", f.clock.now() + 90min);
  f.check_in_ok(f.walk_in("A-01", "massage"));
  f.check_in_ok(f.for_appointment("A-02", a.id));
  f.check_in_ok(f.walk_in("A-03", "counselling"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  const auto lobby = f.clinic->queue_snapshot().wait;
  REQUIRE(lobby.has_value());
  const auto ticket = f.check_in_ok(f.walk_in("A-04", "massage"));
  CHECK(ticket["wait_minutes"] == nlohmann::json{lobby->low_minutes, lobby->high_minutes});
}
