// The kiosk's appointment lookup: the window around now, the initial, and the outcomes.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

namespace {
LookupResult look_up(Clinic& clinic, const char* birth, std::optional<std::string> initial = {}) {
  return clinic.lookup({date(birth), std::move(initial)});
}
}  // namespace

TEST_CASE(
    "GIVEN an appointment at 10:00 WHEN someone with that birth date looks up at 10:00 "
    "THEN it is found with a greeting of first name and last initial") {
  ClinicFixture f;
  const auto a =
      f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:00"));
  const auto result = look_up(*f.clinic, "1990-04-01");
  REQUIRE(result.outcome == LookupOutcome::found);
  REQUIRE(result.match.has_value());
  CHECK(result.match->appointment_id == a.id);
  CHECK(result.match->greeting_name == "Jordan R.");
  CHECK(result.match->practitioner == "Dr. Lee");
  CHECK(result.match->start == a.start);
}

TEST_CASE(
    "GIVEN an appointment at 10:00 WHEN the person arrives exactly 60 minutes late THEN it "
    "is still found, and one second later it is not") {
  ClinicFixture f;
  f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:00"));
  f.clock.set(local_time("2026-03-10T11:00"));
  CHECK(look_up(*f.clinic, "1990-04-01").outcome == LookupOutcome::found);
  f.clock.advance(1s);
  CHECK(look_up(*f.clinic, "1990-04-01").outcome == LookupOutcome::none);
}

TEST_CASE(
    "GIVEN an appointment at 10:00 WHEN the person arrives exactly 30 minutes early THEN it "
    "is found, and one second earlier it is not") {
  ClinicFixture f;
  f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:00"));
  f.clock.set(local_time("2026-03-10T09:30"));
  CHECK(look_up(*f.clinic, "1990-04-01").outcome == LookupOutcome::found);
  f.clock.set(local_time("2026-03-10T09:29:59"));
  CHECK(look_up(*f.clinic, "1990-04-01").outcome == LookupOutcome::none);
}

TEST_CASE("GIVEN no appointment for a birth date WHEN it is looked up THEN the outcome is none") {
  ClinicFixture f;
  f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:00"));
  const auto result = look_up(*f.clinic, "1990-04-02");
  CHECK(result.outcome == LookupOutcome::none);
  CHECK_FALSE(result.match.has_value());
}

TEST_CASE(
    "GIVEN two people sharing a birth date with appointments now WHEN looked up without an "
    "initial THEN several, and with an initial THEN the one whose first name it starts") {
  ClinicFixture f;
  f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:00"));
  const auto sam = f.add_appointment("sam", "Ortiz", "1990-04-01", local_time("2026-03-10T10:15"));
  CHECK(look_up(*f.clinic, "1990-04-01").outcome == LookupOutcome::several);
  const auto by_initial = look_up(*f.clinic, "1990-04-01", "S");
  REQUIRE(by_initial.outcome == LookupOutcome::found);
  CHECK(by_initial.match->appointment_id == sam.id);
  CHECK(by_initial.match->greeting_name == "sam O.");
  CHECK(look_up(*f.clinic, "1990-04-01", "K").outcome == LookupOutcome::none);
}

TEST_CASE(
    "GIVEN appointments on two days WHEN the front desk lists one day THEN only that day's "
    "appear, by start, with the ticket of whoever has checked in") {
  ClinicFixture f;
  const auto late = f.add_appointment("Ann", "Bell", "1980-01-01", local_time("2026-03-10T15:00"));
  const auto early = f.add_appointment("Cy", "Dunn", "1981-01-01", local_time("2026-03-10T10:00"));
  f.add_appointment("Ed", "Fox", "1982-01-01", local_time("2026-03-11T10:00"));
  f.check_in_ok(f.for_appointment("A-01", early.id));
  const auto day = f.clinic->appointments_on(date("2026-03-10"));
  REQUIRE(day.size() == 2);
  CHECK(day[0].appointment.id == early.id);
  CHECK(day[0].ticket == std::optional<std::string>("A-01"));
  CHECK(day[1].appointment.id == late.id);
  CHECK_FALSE(day[1].ticket.has_value());
}

TEST_CASE("GIVEN an appointment with an empty first name WHEN it is added THEN it is refused") {
  ClinicFixture f;
  Appointment a{"",        "", "Rivera", date("1990-04-01"), local_time("2026-03-10T10:00"),
                "Dr. Lee", ""};
  CHECK_THROWS_AS(f.clinic->add_appointment(a), std::invalid_argument);
}

TEST_CASE(
    "GIVEN a stored appointment WHEN the same appointment is added again THEN it is kept "
    "once, so a re-imported day does not make its people ambiguous") {
  ClinicFixture f;
  const auto a =
      f.add_appointment("Jordan", "Rivera", "1990-04-01", local_time("2026-03-10T10:00"));
  Appointment again = a;
  again.id.clear();
  const auto ids = f.clinic->add_appointments({again, again});
  CHECK(ids == std::vector<std::string>{a.id, a.id});
  CHECK(f.clinic->appointments_on(date("2026-03-10")).size() == 1);
  CHECK(f.clinic->lookup({date("1990-04-01"), std::nullopt}).outcome == LookupOutcome::found);
}
