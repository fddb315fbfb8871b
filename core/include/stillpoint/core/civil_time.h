#pragma once
// Calendar dates and timestamps as they cross the wire: strict ISO 8601 / RFC 3339 parsing,
// formatting in the clinic's local time zone (the machine's TZ), and the local calendar day.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "stillpoint/core/clock.h"

namespace stillpoint {

using Date = std::chrono::year_month_day;

// Parses exactly "YYYY-MM-DD" naming a real calendar day (no 2025-02-30).
std::optional<Date> parse_date(std::string_view text);
// "YYYY-MM-DD".
std::string format_date(Date date);

// Parses RFC 3339 with an explicit offset ("2026-11-21T14:30:00Z", "...T14:30:00-05:00",
// optional fractional seconds), or a local time with no offset ("2026-11-21T14:30[:00]" or
// with a space instead of T), which is read in the machine's time zone.
std::optional<TimePoint> parse_timestamp(std::string_view text);
// RFC 3339 in local time with its offset, whole seconds: "2026-11-21T14:30:00-05:00".
std::string format_timestamp(TimePoint at);

// The local calendar day that contains `at`.
Date local_date(TimePoint at);
// Local midnight at the start of `date`.
TimePoint local_midnight(Date date);

// Whether `date` is a plausible birth date on `today`: not in the future, not over 130 years ago.
bool is_plausible_birth_date(Date date, Date today);

}  // namespace stillpoint
