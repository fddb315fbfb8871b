#include <doctest/doctest.h>

#include "stillpoint/core/ticket.h"

using namespace stillpoint;

TEST_CASE("ticket: codes format with at least two digits") {
  CHECK(format_ticket({"A", 7}) == "A-07");
  CHECK(format_ticket({"AB", 123}) == "AB-123");
}

TEST_CASE("ticket: valid codes parse back to prefix and number") {
  CHECK(parse_ticket("A-07") == TicketCode{"A", 7});
  CHECK(parse_ticket("ZZ-999") == TicketCode{"ZZ", 999});
  CHECK(parse_ticket("B-100") == TicketCode{"B", 100});
}

TEST_CASE("ticket: malformed codes are refused") {
  for (const char* bad : {"", "A", "A-", "A-7", "a-07", "ABC-07", "A-0000", "A-00", "A-007", "-07",
                          "A_07", "A-0x", "A--07", "Á-07", "A-07 "})
    CHECK_MESSAGE(!parse_ticket(bad), bad);
}

TEST_CASE("ticket: prefixes are one or two capital letters") {
  CHECK(is_valid_ticket_prefix("A"));
  CHECK(is_valid_ticket_prefix("QZ"));
  CHECK_FALSE(is_valid_ticket_prefix(""));
  CHECK_FALSE(is_valid_ticket_prefix("abc"));
  CHECK_FALSE(is_valid_ticket_prefix("A1"));
  CHECK_FALSE(is_valid_ticket_prefix("ABC"));
}
