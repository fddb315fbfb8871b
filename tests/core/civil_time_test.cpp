#include <doctest/doctest.h>

#include <cstdlib>

#include "stillpoint/core/civil_time.h"

using namespace stillpoint;
using namespace std::chrono;

TEST_CASE("civil time: dates parse strictly and only when they exist") {
  CHECK(parse_date("2024-02-29") == Date{year{2024}, February, day{29}});
  for (const char* bad : {"2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", "25-01-01",
                          "2025/01/01", "2025-01-01T", " 2025-01-01", "", "abcd-ef-gh"})
    CHECK_MESSAGE(!parse_date(bad), bad);
  CHECK(format_date(Date{year{1990}, March, day{5}}) == "1990-03-05");
}

TEST_CASE("civil time: RFC 3339 timestamps with offsets are exact instants") {
  const auto utc = parse_timestamp("2026-11-21T14:30:00Z");
  REQUIRE(utc);
  CHECK(parse_timestamp("2026-11-21T09:30:00-05:00") == utc);
  CHECK(parse_timestamp("2026-11-21T15:30:00+01:00") == utc);
  CHECK(parse_timestamp("2026-11-21T14:30:00.123Z") == utc);
  for (const char* bad : {"2026-11-21T25:00:00Z", "2026-11-21T14:30:00+5", "2026-11-21 14:3",
                          "2026-11-21T14:30:00ZZ", "2026-11-21T14:30:00.Z", "yesterday"})
    CHECK_MESSAGE(!parse_timestamp(bad), bad);
}

TEST_CASE("civil time: formatting and local dates follow the machine's time zone") {
  setenv("TZ", "America/Chicago", 1);
  tzset();
  const auto t = parse_timestamp("2026-11-21T03:00:00Z");  // 21:00 on the 20th in Chicago
  REQUIRE(t);
  CHECK(format_timestamp(*t) == "2026-11-20T21:00:00-06:00");
  CHECK(local_date(*t) == Date{year{2026}, November, day{20}});
  CHECK(parse_timestamp("2026-11-20T21:00") == t);  // no offset: local wall time
  CHECK(parse_timestamp(format_timestamp(*t)) == t);
  CHECK(format_timestamp(local_midnight(Date{year{2026}, November, day{20}})) ==
        "2026-11-20T00:00:00-06:00");
  unsetenv("TZ");
  tzset();
}

TEST_CASE("civil time: birth dates must be in the past and plausible") {
  const Date today{year{2026}, November, day{21}};
  CHECK(is_plausible_birth_date(Date{year{1990}, May, day{1}}, today));
  CHECK(is_plausible_birth_date(today, today));
  CHECK_FALSE(is_plausible_birth_date(Date{year{2026}, November, day{22}}, today));
  CHECK_FALSE(is_plausible_birth_date(Date{year{1880}, January, day{1}}, today));
}
