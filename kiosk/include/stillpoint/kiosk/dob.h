#pragma once
// The date-of-birth field: up to eight digits typed on a keypad, shown with slashes in the
// order a person's language writes dates (MM/DD/YYYY in English, DD/MM/YYYY in Spanish).
#include <optional>
#include <string>
#include <string_view>

#include "stillpoint/core/civil_time.h"

namespace stillpoint::kiosk {

enum class DateOrder { month_first, day_first };

// The order used for `language` ("es" writes the day first).
DateOrder date_order_for(std::string_view language);

// Why typed digits are not a birth date yet.
enum class DobProblem { incomplete, impossible, implausible };

struct DobResult {
  std::optional<Date> date;
  std::optional<DobProblem> problem;
};

// The digits of `typed` (anything else dropped), at most eight.
std::string dob_digits(std::string_view typed);
// "04/1", "04/12/19": a slash appears once the next group has begun, so backspace never sticks.
std::string format_dob(std::string_view digits);
// Reads eight digits in `order`; `today` bounds plausibility (no future, not over 130 years).
DobResult read_dob(std::string_view digits, DateOrder order, Date today);
// The same date's digits in the other order (the first two groups swapped), for a language
// switch mid-entry; fewer than four digits cannot be reordered and are dropped.
std::string reorder_dob(std::string_view digits);

}  // namespace stillpoint::kiosk
