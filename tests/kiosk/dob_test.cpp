// The date-of-birth field: digits, slashes, the order of each language, kind validation.
#include <doctest/doctest.h>

#include "stillpoint/kiosk/dob.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

namespace {
const Date kToday{year{2026}, month{11}, day{21}};
}

TEST_CASE("slashes appear as the next group begins, so erasing never sticks") {
  CHECK(format_dob("") == "");
  CHECK(format_dob("04") == "04");
  CHECK(format_dob("041") == "04/1");
  CHECK(format_dob("0412") == "04/12");
  CHECK(format_dob("04121990") == "04/12/1990");
  CHECK(dob_digits("04/1") == "041");
  CHECK(dob_digits("04/12/1990123") == "04121990");
  CHECK(dob_digits("a4b") == "4");
}

TEST_CASE("English reads month first and Spanish day first") {
  CHECK(date_order_for("en") == DateOrder::month_first);
  CHECK(date_order_for("es") == DateOrder::day_first);
  const Date april12{year{1990}, month{4}, day{12}};
  CHECK(read_dob("04121990", DateOrder::month_first, kToday).date == april12);
  CHECK(read_dob("12041990", DateOrder::day_first, kToday).date == april12);
  CHECK(reorder_dob("04121990") == "12041990");
  CHECK(reorder_dob("0412") == "1204");
  CHECK(reorder_dob("041") == "");
}

TEST_CASE("impossible, implausible and incomplete dates are told apart") {
  CHECK(read_dob("02301990", DateOrder::month_first, kToday).problem == DobProblem::impossible);
  CHECK(read_dob("13011990", DateOrder::month_first, kToday).problem == DobProblem::impossible);
  CHECK(read_dob("00101990", DateOrder::month_first, kToday).problem == DobProblem::impossible);
  CHECK(read_dob("02292023", DateOrder::month_first, kToday).problem == DobProblem::impossible);
  CHECK(read_dob("02292024", DateOrder::month_first, kToday).date.has_value());
  CHECK(read_dob("01012030", DateOrder::month_first, kToday).problem == DobProblem::implausible);
  CHECK(read_dob("01011850", DateOrder::month_first, kToday).problem == DobProblem::implausible);
  CHECK(read_dob("0101199", DateOrder::month_first, kToday).problem == DobProblem::incomplete);
  CHECK(read_dob("", DateOrder::month_first, kToday).problem == DobProblem::incomplete);
}
