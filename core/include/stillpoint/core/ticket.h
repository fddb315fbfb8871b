#pragma once
// Ticket codes such as "A-07": what a person is called by in the lobby instead of their name.
// Each kiosk owns a prefix of one or two capital letters and counts up from 1 each day.
#include <optional>
#include <string>
#include <string_view>

namespace stillpoint {

struct TicketCode {
  std::string prefix;  // "A" or "AB"
  int number = 0;      // 1..999
  friend bool operator==(const TicketCode&, const TicketCode&) = default;
};

// True for one or two ASCII capital letters.
bool is_valid_ticket_prefix(std::string_view prefix);

// Parses "A-07", "AB-123": prefix, a dash, then 2 or 3 digits naming 1..999.
std::optional<TicketCode> parse_ticket(std::string_view text);

// Formats with at least two digits: {"A", 7} -> "A-07".
std::string format_ticket(const TicketCode& code);

}  // namespace stillpoint
