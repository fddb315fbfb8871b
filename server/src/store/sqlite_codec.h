#pragma once
// How SqliteStore encodes domain values in columns: times as milliseconds since the Unix epoch,
// dates as "YYYY-MM-DD", enums as their wire names. One place, so every query agrees.
#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

#include "stillpoint/core/civil_time.h"

namespace stillpoint::server::sqlite_codec {

inline std::int64_t millis(TimePoint at) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
}

inline TimePoint time_at(std::int64_t millis_since_epoch) {
  return TimePoint{
      std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds{millis_since_epoch})};
}

inline std::optional<std::int64_t> millis(const std::optional<TimePoint>& at) {
  if (!at) return std::nullopt;
  return millis(*at);
}

inline std::optional<TimePoint> time_at(const std::optional<std::int64_t>& value) {
  if (!value) return std::nullopt;
  return time_at(*value);
}

// A stored date; a malformed one means the file was edited by hand or is corrupt.
inline Date date_from(const std::string& text) {
  auto date = parse_date(text);
  if (!date) throw std::runtime_error("database: a stored date is malformed");
  return *date;
}

inline std::optional<std::string> date_text(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return format_date(*date);
}

}  // namespace stillpoint::server::sqlite_codec
