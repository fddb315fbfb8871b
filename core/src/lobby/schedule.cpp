#include "stillpoint/core/lobby/schedule.h"

#include <algorithm>
#include <array>
#include <string>

#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::lobby {
namespace {

constexpr std::array<const char*, 7> kDayNames{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

bool day_in(std::uint8_t days, std::chrono::weekday day) {
  return ((static_cast<unsigned>(days) >> day.c_encoding()) & 1U) != 0;
}

// "HH:MM" -> minutes since midnight; "24:00" is allowed as the end of the day.
int parse_clock_time(const std::string& text, const std::string& field) {
  const bool shape = text.size() == 5 && text[2] == ':' &&
                     std::all_of(text.begin(), text.end(), [](char c) {
                       return c == ':' || (c >= '0' && c <= '9');
                     });
  if (!shape) throw FieldError(field, field + " must be a time like \"17:30\"");
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
    throw FieldError(field, field + " must be a time between 00:00 and 24:00");
  return hours * 60 + minutes;
}

std::uint8_t read_days(const nlohmann::json& days, const std::string& field) {
  std::uint8_t mask = 0;
  for (const auto& day : days) {
    const auto* name = day.is_string() ? day.get_ptr<const std::string*>() : nullptr;
    const auto found = name ? std::find(kDayNames.begin(), kDayNames.end(), *name) : kDayNames.end();
    if (found == kDayNames.end())
      throw FieldError(field, field + " must list days as \"mon\", \"tue\" ... \"sun\"");
    mask = static_cast<std::uint8_t>(mask | (1U << (found - kDayNames.begin())));
  }
  if (mask == 0) throw FieldError(field, field + " must name at least one day");
  return mask;
}

}  // namespace

LocalMoment local_moment(TimePoint at) {
  const Date date = local_date(at);
  const auto minutes =
      std::chrono::duration_cast<std::chrono::minutes>(at - local_midnight(date)).count();
  return {std::chrono::weekday{std::chrono::sys_days{date}},
          static_cast<int>(std::clamp<long long>(minutes, 0, 24 * 60 - 1))};
}

bool Schedule::includes(LocalMoment moment) const {
  if (!window) return day_in(days, moment.day);
  const int m = moment.minute_of_day;
  if (window->from < window->until)
    return day_in(days, moment.day) && m >= window->from && m < window->until;
  if (m >= window->from) return day_in(days, moment.day);
  if (m < window->until) return day_in(days, moment.day - std::chrono::days{1});
  return false;
}

Schedule schedule_from_json(const nlohmann::json& value, const std::string& path) {
  JsonObjectReader r(value, path);
  Schedule schedule;
  if (const auto* days = r.optional_array("days")) schedule.days = read_days(*days, r.path_of("days"));
  const auto from = r.optional_string("from", 5);
  const auto until = r.optional_string("until", 5);
  if (from.has_value() != until.has_value())
    throw FieldError(r.path_of(from ? "until" : "from"), "from and until must be given together");
  if (from)
    schedule.window = TimeWindow{parse_clock_time(*from, r.path_of("from")),
                                 parse_clock_time(*until, r.path_of("until"))};
  r.finish();
  return schedule;
}

}  // namespace stillpoint::lobby
