// The RFC 4180 reader behind the appointment import (CLI and API).
#include <doctest/doctest.h>

#include "clinic/csv.h"

using namespace stillpoint::server;

TEST_CASE(
    "GIVEN quoted fields with commas, doubled quotes and line breaks WHEN read THEN each "
    "field comes back whole and records know their first line") {
  const auto records = parse_csv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row");
  REQUIRE(records.size() == 4);
  CHECK(records[1].fields == std::vector<std::string>{"x, y", "say \"hi\""});
  CHECK(records[2].fields == std::vector<std::string>{"two\nlines", "z"});
  CHECK(records[2].line == 3);
  CHECK(records[3].line == 5);
}

TEST_CASE(
    "GIVEN a byte-order mark, blank lines and empty fields WHEN read THEN the mark and blank "
    "lines are dropped and empty fields kept") {
  const auto records = parse_csv("\xEF\xBB\xBFh1,h2\n\n,\n");
  REQUIRE(records.size() == 2);
  CHECK(records[0].fields == std::vector<std::string>{"h1", "h2"});
  CHECK(records[1].fields == std::vector<std::string>{"", ""});
  CHECK(records[1].line == 3);
}

TEST_CASE("GIVEN malformed CSV WHEN read THEN the error names the line") {
  try {
    parse_csv("a,b\nok,\"never closed\n\n");
    FAIL("expected a CsvError");
  } catch (const CsvError& e) {
    CHECK(e.line() == 2);
  }
  CHECK_THROWS_AS(parse_csv("a,b\n\"x\"y,z\n"), CsvError);
  CHECK_THROWS_AS(parse_csv("a,b\nx\"y,z\n"), CsvError);
}
