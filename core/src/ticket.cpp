#include "stillpoint/core/ticket.h"

#include <cstdio>

namespace stillpoint {

bool is_valid_ticket_prefix(std::string_view prefix) {
  if (prefix.empty() || prefix.size() > 2) return false;
  for (char c : prefix)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

std::optional<TicketCode> parse_ticket(std::string_view text) {
  const auto dash = text.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const auto prefix = text.substr(0, dash);
  const auto digits = text.substr(dash + 1);
  if (!is_valid_ticket_prefix(prefix) || digits.size() < 2 || digits.size() > 3) return std::nullopt;
  int number = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return std::nullopt;
    number = number * 10 + (c - '0');
  }
  if (number < 1) return std::nullopt;
  // "A-007" would alias "A-07": only the canonical spelling is accepted.
  if (digits.size() == 3 && digits[0] == '0') return std::nullopt;
  return TicketCode{std::string(prefix), number};
}

std::string format_ticket(const TicketCode& code) {
  char digits[8];
  std::snprintf(digits, sizeof digits, "%02d", code.number);
  return code.prefix + "-" + digits;
}

}  // namespace stillpoint
