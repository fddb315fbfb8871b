#pragma once
// When a slide or a whole playlist may be shown: days of the week and a local time window.
#include <chrono>
#include <cstdint>
#include <optional>

#include <nlohmann/json_fwd.hpp>

#include "stillpoint/core/clock.h"

namespace stillpoint::lobby {

// A moment as the clinic's wall clock reads it: the weekday and the minute of the day.
struct LocalMoment {
  std::chrono::weekday day{std::chrono::Monday};
  int minute_of_day = 0;  // 0..1439
};

// Reads `at` in the machine's time zone (the clinic's).
LocalMoment local_moment(TimePoint at);

// Minutes from local midnight: "17:30" -> 1050.
struct TimeWindow {
  int from = 0;   // inclusive
  int until = 0;  // exclusive; a window with until <= from runs past midnight (22:00-06:00)
  friend bool operator==(const TimeWindow&, const TimeWindow&) = default;
};

// Days (a bit per weekday, Sunday = bit 0, as std::chrono::weekday counts) and an optional
// window. The default schedule is "always".
struct Schedule {
  std::uint8_t days = 0x7F;
  std::optional<TimeWindow> window;

  // True when `moment` falls inside. A window past midnight belongs to the day it started on,
  // so "Friday 22:00-02:00" still holds at Saturday 01:00.
  bool includes(LocalMoment moment) const;
  friend bool operator==(const Schedule&, const Schedule&) = default;
};

// Reads {"days":["mon","tue",...], "from":"HH:MM", "until":"HH:MM"} strictly; every field is
// optional, but from and until come together. Throws FieldError naming `path`'s field.
Schedule schedule_from_json(const nlohmann::json& value, const std::string& path);

}  // namespace stillpoint::lobby
