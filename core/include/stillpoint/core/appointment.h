#pragma once
// A booked appointment as the front desk imports it. The only personal data Stillpoint holds
// about people with appointments; it never leaves the server except as a greeting to the
// person at the kiosk who proved their birth date.
#include <string>
#include <string_view>

#include "stillpoint/core/civil_time.h"

namespace stillpoint {

struct Appointment {
  std::string id;
  std::string first_name;
  std::string last_name;
  Date birth_date{};
  TimePoint start{};
  std::string practitioner;
  std::string service;
};

// How the kiosk addresses the person: first name and last initial, "Jordan R.".
std::string greeting_name(std::string_view first_name, std::string_view last_name);

// The first letter of a name, upper-cased (ASCII letters only; anything else is kept as is,
// so "Ángel" yields "Á" as UTF-8). Used to tell apart people sharing a birth date.
std::string first_initial(std::string_view name);

// Case-insensitive comparison of two initials as returned by first_initial.
bool same_initial(std::string_view a, std::string_view b);

}  // namespace stillpoint
