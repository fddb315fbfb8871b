// "Call next": the front desk calls whoever the queue rule puts first, into the room it names or
// the first free room, through the same queue change as calling by ticket.
#include <doctest/doctest.h>

#include <thread>

#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

TEST_CASE(
    "GIVEN a walk-in, an appointment and an urgent walk-in waiting WHEN call next is pressed "
    "three times THEN they are called in queue order into the free rooms in config order") {
  ClinicFixture f;
  f.config.rooms = {"Quiet room", "Room 1", "Room 2"};
  f.reopen();
  const auto appointment = f.add_appointment("Jo", "Ray", "1990-04-01", f.clock.now() + 10min);
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.for_appointment("A-02", appointment.id));
  auto urgent = f.walk_in("A-03");
  urgent.urgent = true;
  urgent.fingerprint = fingerprint_of(urgent);
  f.check_in_ok(urgent);

  const auto version = f.clinic->queue_snapshot().version;
  const auto first = f.clinic->call_next(std::nullopt);
  REQUIRE(first.outcome == CallNextOutcome::done);
  REQUIRE(first.visit.has_value());
  CHECK(first.visit->ticket == "A-03");
  CHECK(first.visit->state == VisitState::called);
  CHECK(first.visit->room == std::optional<std::string>("Quiet room"));
  CHECK(f.clinic->queue_snapshot().version == version + 1);

  CHECK(f.clinic->call_next(std::nullopt).visit->room == std::optional<std::string>("Room 1"));
  const auto third = f.clinic->call_next(std::nullopt);
  CHECK(third.visit->ticket == "A-01");
  CHECK(third.visit->room == std::optional<std::string>("Room 2"));
  const auto serving = f.clinic->queue_snapshot().now_serving;
  REQUIRE(serving.size() == 3);
  CHECK(serving[1].ticket == "A-02");
}

TEST_CASE("GIVEN people waiting WHEN call next names a free room THEN the first in line goes there") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  const auto result = f.clinic->call_next(std::string("Room 2"));
  REQUIRE(result.outcome == CallNextOutcome::done);
  CHECK(result.visit->ticket == "A-01");
  CHECK(result.visit->room == std::optional<std::string>("Room 2"));
  CHECK(waiting_tickets(f.clinic->queue_snapshot()) == std::vector<std::string>{"A-02"});
}

TEST_CASE(
    "GIVEN every room in use WHEN call next is pressed THEN no free room, or room occupied for "
    "a named room, and nothing changes") {
  ClinicFixture f;  // Room 1 and Room 2
  f.check_in_ok(f.walk_in("A-01"));
  f.check_in_ok(f.walk_in("A-02"));
  f.check_in_ok(f.walk_in("A-03"));
  REQUIRE(f.clinic->call_next(std::nullopt).outcome == CallNextOutcome::done);
  REQUIRE(f.clinic->call_next(std::nullopt).outcome == CallNextOutcome::done);
  f.clinic->act("A-02", VisitAction::start, std::nullopt);
  const auto version = f.clinic->queue_snapshot().version;
  CHECK(f.clinic->call_next(std::nullopt).outcome == CallNextOutcome::no_free_room);
  const auto named = f.clinic->call_next(std::string("Room 2"));
  CHECK(named.outcome == CallNextOutcome::room_occupied);
  CHECK(named.room == "Room 2");
  CHECK(f.clinic->queue_snapshot().version == version);
  CHECK(waiting_tickets(f.clinic->queue_snapshot()) == std::vector<std::string>{"A-03"});
}

TEST_CASE("GIVEN nobody waiting WHEN call next is pressed THEN nobody waiting and nothing changes") {
  ClinicFixture f;
  CHECK(f.clinic->call_next(std::nullopt).outcome == CallNextOutcome::nobody_waiting);
  f.check_in_ok(f.walk_in("A-01"));
  f.clinic->act("A-01", VisitAction::call, "Room 1");
  const auto version = f.clinic->queue_snapshot().version;
  CHECK(f.clinic->call_next(std::string("Room 2")).outcome == CallNextOutcome::nobody_waiting);
  CHECK(f.clinic->queue_snapshot().version == version);
}

TEST_CASE("GIVEN a room the clinic does not have WHEN call next names it THEN unknown room") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  CHECK(f.clinic->call_next(std::string("Broom cupboard")).outcome == CallNextOutcome::unknown_room);
  CHECK(waiting_tickets(f.clinic->queue_snapshot()) == std::vector<std::string>{"A-01"});
}

TEST_CASE("GIVEN a lobby long-polling WHEN call next calls someone THEN the wait ends at once") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  const auto version = f.clinic->queue_snapshot().version;
  std::thread desk([&] {
    std::this_thread::sleep_for(50ms);
    f.clinic->call_next(std::nullopt);
  });
  CHECK(f.clinic->wait_for_queue_change(version, 5s));
  desk.join();
  CHECK(f.clinic->queue_snapshot().now_serving.at(0).ticket == "A-01");
}
