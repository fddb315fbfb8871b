#include "clinic/appointment_match.h"

#include <algorithm>

#include "stillpoint/core/initials.h"

namespace stillpoint::server {

std::vector<Appointment> matching_appointments(Store& store, const ServerConfig& config,
                                               Date birth_date,
                                               const std::optional<std::string>& first_initial,
                                               TimePoint around) {
  auto matches =
      store.appointments_for_birth_date(birth_date, around - Minutes{config.lookup_minutes_before},
                                        around + Minutes{config.lookup_minutes_after});
  if (matches.size() > 1 && first_initial && !first_initial->empty()) {
    // Accent-folded: "Á" finds "Ángel" and "Angel" as booked, and "A" finds "Ángel" too.
    std::erase_if(matches, [&](const Appointment& a) {
      return !same_folded_initial(*first_initial, a.first_name);
    });
  }
  return matches;
}

}  // namespace stillpoint::server
