#pragma once
// The kiosk's lookup rule, shared by the live lookup and by offline claims matched later:
// appointments of people born on a date, starting from `lookup_minutes_before` before a moment
// to `lookup_minutes_after` after it (both ends included); when several match and an initial
// was given, only those whose first name starts with it.
#include <optional>
#include <string>
#include <vector>

#include "stillpoint/core/appointment.h"
#include "stillpoint/core/server_config.h"
#include "store/store.h"

namespace stillpoint::server {

std::vector<Appointment> matching_appointments(Store& store, const ServerConfig& config,
                                               Date birth_date,
                                               const std::optional<std::string>& first_initial,
                                               TimePoint around);

}  // namespace stillpoint::server
