// import-appointments FILE.csv: the day's (or week's) bookings from the practice system.
// Every row is checked before anything is written (clinic/appointment_csv.h, shared with
// POST /api/v1/appointments/import), and then all are written in one transaction: a file with
// one bad row imports nothing. Rows already stored are skipped, so a corrected file
// can be imported again. Messages name the line and column, never the value,
// because the values are people's names and birth dates.
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli_setup.h"
#include "cli/commands.h"
#include "clinic/appointment_csv.h"
#include "stillpoint/core/civil_time.h"

namespace stillpoint::server {

namespace {

std::vector<Appointment> read_appointments(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return parse_appointment_csv(text.str(), local_date(system_time().now()));
}

}  // namespace

int run_import_appointments(const CommonOptions& common,
                            const std::vector<std::string>& arguments) {
  auto args = arguments;
  if (args.empty() || args.front().starts_with("-"))
    throw UsageError("import-appointments needs a FILE.csv");
  const std::string path = args.front();
  args.erase(args.begin());
  require_no_more(args);
  const ServerConfig config = load_server_config(common);
  std::vector<Appointment> appointments;
  try {
    appointments = read_appointments(path);
  } catch (const AppointmentCsvError& e) {
    std::cerr << "stillpoint-server: " << path << " " << e.what() << "; nothing was imported\n";
    return 1;
  }
  auto clinic = open_clinic(common, config);
  const auto imported = clinic->import_appointments(std::move(appointments));
  const auto total = static_cast<int>(imported.ids.size());
  std::cout << "imported " << imported.added << " appointments";
  if (imported.added < total) std::cout << ", " << total - imported.added << " were already there";
  std::cout << "\n";
  return 0;
}

}  // namespace stillpoint::server
