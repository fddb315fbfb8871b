#pragma once
// A day's (or week's) bookings exported by the practice system as CSV, with the header
// first_name,last_name,birth_date,start,practitioner,service. One reader for both the CLI's
// import-appointments and POST /api/v1/appointments/import, so a file imports the same way
// through either door. Every row is checked before any is returned: one bad row refuses the
// whole file. Errors name the line and column, never the value (names and birth dates).
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/core/appointment.h"
#include "stillpoint/core/civil_time.h"

namespace stillpoint::server {

// A file that cannot be imported: "line 3, column birth_date: is not a date written
// YYYY-MM-DD". what() holds no value from the file.
class AppointmentCsvError : public std::runtime_error {
public:
  AppointmentCsvError(int line, const std::string& column, const std::string& problem);
  int line() const { return line_; }
  const std::string& column() const { return column_; }

private:
  int line_;
  std::string column_;
};

// The appointments of `text`, in file order, with empty ids (Clinic assigns them). `today`
// bounds plausible birth dates. Throws AppointmentCsvError.
std::vector<Appointment> parse_appointment_csv(std::string_view text, Date today);

}  // namespace stillpoint::server
