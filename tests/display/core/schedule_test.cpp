// Schedules of slides and playlists: days and local time windows, read strictly.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "stillpoint/core/json_reader.h"
#include "stillpoint/core/lobby/schedule.h"

using namespace stillpoint;
using namespace stillpoint::lobby;
using std::chrono::Friday;
using std::chrono::Monday;
using std::chrono::Saturday;
using std::chrono::Sunday;

namespace {
LocalMoment at(std::chrono::weekday day, int hour, int minute = 0) {
  return {day, hour * 60 + minute};
}
Schedule read(const char* text) { return schedule_from_json(nlohmann::json::parse(text), "schedule"); }
}  // namespace

TEST_CASE("lobby: a default schedule holds at every moment of every day") {
  const Schedule always;
  CHECK(always.includes(at(Monday, 0)));
  CHECK(always.includes(at(Sunday, 23, 59)));
}

TEST_CASE("lobby: a schedule limited to weekdays does not hold at the weekend") {
  const auto s = read(R"({"days":["mon","tue","wed","thu","fri"]})");
  CHECK(s.includes(at(Monday, 9)));
  CHECK(s.includes(at(Friday, 23)));
  CHECK_FALSE(s.includes(at(Saturday, 9)));
  CHECK_FALSE(s.includes(at(Sunday, 9)));
}

TEST_CASE("lobby: an evening window starts at its first minute and ends before its last") {
  const auto s = read(R"({"from":"17:00","until":"21:30"})");
  CHECK_FALSE(s.includes(at(Monday, 16, 59)));
  CHECK(s.includes(at(Monday, 17, 0)));
  CHECK(s.includes(at(Monday, 21, 29)));
  CHECK_FALSE(s.includes(at(Monday, 21, 30)));
}

TEST_CASE("lobby: a window past midnight belongs to the day it started on") {
  const auto s = read(R"({"days":["fri"],"from":"22:00","until":"02:00"})");
  CHECK(s.includes(at(Friday, 23)));
  CHECK(s.includes(at(Saturday, 1, 30)));
  CHECK_FALSE(s.includes(at(Saturday, 2)));
  CHECK_FALSE(s.includes(at(Saturday, 23)));
  CHECK_FALSE(s.includes(at(Friday, 1)));
}

TEST_CASE("lobby: a malformed schedule is refused naming the field") {
  auto field_of = [](const char* text) {
    try {
      read(text);
    } catch (const FieldError& e) {
      return e.field();
    }
    return std::string("accepted");
  };
  CHECK(field_of(R"({"days":["monday"]})") == "schedule.days");
  CHECK(field_of(R"({"days":[]})") == "schedule.days");
  CHECK(field_of(R"({"from":"17:00"})") == "schedule.until");
  CHECK(field_of(R"({"from":"5pm","until":"21:00"})") == "schedule.from");
  CHECK(field_of(R"({"from":"17:00","until":"25:00"})") == "schedule.until");
  CHECK(field_of(R"({"from":"17:00","until":"21:00","color":"blue"})") == "schedule.color");
}
