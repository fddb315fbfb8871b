#include "stillpoint/core/civil_time.h"

#include <cstdio>
#include <ctime>

namespace stillpoint {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads `count` digits at `pos` into `out`; false when any is not a digit.
bool read_digits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
  if (pos + count > text.size()) return false;
  int value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const char c = text[pos + i];
    if (!is_digit(c)) return false;
    value = value * 10 + (c - '0');
  }
  out = value;
  return true;
}

std::optional<Date> make_date(int y, int m, int d) {
  const Date date{std::chrono::year{y}, std::chrono::month{static_cast<unsigned>(m)},
                  std::chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::tm local_tm(TimePoint at) {
  const std::time_t t = Clock::to_time_t(at);
  std::tm tm{};
  localtime_r(&t, &tm);
  return tm;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!read_digits(text, 0, 4, y) || !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d))
    return std::nullopt;
  return make_date(y, m, d);
}

std::string format_date(Date date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

std::optional<TimePoint> parse_timestamp(std::string_view text) {
  if (text.size() < 16) return std::nullopt;
  const auto date = parse_date(text.substr(0, 10));
  if (!date || (text[10] != 'T' && text[10] != ' ')) return std::nullopt;
  int hh = 0, mm = 0, ss = 0;
  if (!read_digits(text, 11, 2, hh) || text[13] != ':' || !read_digits(text, 14, 2, mm))
    return std::nullopt;
  std::size_t pos = 16;
  if (pos < text.size() && text[pos] == ':') {
    if (!read_digits(text, pos + 1, 2, ss)) return std::nullopt;
    pos += 3;
    if (pos < text.size() && text[pos] == '.') {  // fractional seconds: accepted, dropped
      ++pos;
      const std::size_t digits_start = pos;
      while (pos < text.size() && is_digit(text[pos])) ++pos;
      if (pos == digits_start || pos - digits_start > 9) return std::nullopt;
    }
  }
  if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  const auto day_start = std::chrono::sys_days{*date};
  const auto wall = std::chrono::hours{hh} + std::chrono::minutes{mm} + std::chrono::seconds{ss};

  if (pos == text.size()) {  // no offset: local wall time
    std::tm tm{};
    tm.tm_year = static_cast<int>(date->year()) - 1900;
    tm.tm_mon = static_cast<int>(static_cast<unsigned>(date->month())) - 1;
    tm.tm_mday = static_cast<int>(static_cast<unsigned>(date->day()));
    tm.tm_hour = hh;
    tm.tm_min = mm;
    tm.tm_sec = ss;
    tm.tm_isdst = -1;
    const std::time_t t = std::mktime(&tm);
    if (t == -1) return std::nullopt;
    return Clock::from_time_t(t);
  }
  if (text[pos] == 'Z' && pos + 1 == text.size()) return TimePoint{day_start + wall};
  if ((text[pos] == '+' || text[pos] == '-') && pos + 6 == text.size() && text[pos + 3] == ':') {
    int oh = 0, om = 0;
    if (!read_digits(text, pos + 1, 2, oh) || !read_digits(text, pos + 4, 2, om)) return std::nullopt;
    if (oh > 23 || om > 59) return std::nullopt;
    const auto offset = std::chrono::hours{oh} + std::chrono::minutes{om};
    const auto utc = text[pos] == '+' ? day_start + wall - offset : day_start + wall + offset;
    return TimePoint{utc};
  }
  return std::nullopt;
}

std::string format_timestamp(TimePoint at) {
  const std::tm tm = local_tm(at);
  char buf[40];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S%z", &tm);
  // %z gives +hhmm; RFC 3339 wants +hh:mm.
  const std::string_view text(buf);
  if (text.size() < 5) return std::string(text);
  std::string out;
  out.reserve(text.size() + 1);
  out.append(text.substr(0, text.size() - 2)).append(":").append(text.substr(text.size() - 2));
  return out;
}

Date local_date(TimePoint at) {
  const std::tm tm = local_tm(at);
  return Date{std::chrono::year{tm.tm_year + 1900},
              std::chrono::month{static_cast<unsigned>(tm.tm_mon + 1)},
              std::chrono::day{static_cast<unsigned>(tm.tm_mday)}};
}

TimePoint local_midnight(Date date) {
  std::tm tm{};
  tm.tm_year = static_cast<int>(date.year()) - 1900;
  tm.tm_mon = static_cast<int>(static_cast<unsigned>(date.month())) - 1;
  tm.tm_mday = static_cast<int>(static_cast<unsigned>(date.day()));
  tm.tm_isdst = -1;
  return Clock::from_time_t(std::mktime(&tm));
}

bool is_plausible_birth_date(Date date, Date today) {
  if (!date.ok() || date > today) return false;
  return date >= today - std::chrono::years{130};
}

}  // namespace stillpoint
