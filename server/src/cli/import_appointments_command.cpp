// import-appointments FILE.csv: the day's (or week's) bookings from the practice system.
// Every row is checked before anything is written, and then all are written in one transaction:
// a file with one bad row imports nothing. Rows already stored are skipped, so a corrected file
// can be imported again. Messages name the line and column, never the value,
// because the values are people's names and birth dates.
#include <array>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli_setup.h"
#include "cli/commands.h"
#include "cli/csv.h"
#include "clinic/validation.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/uuid.h"

namespace stillpoint::server {

namespace {

constexpr std::array<const char*, 6> kColumns = {"first_name", "last_name",    "birth_date",
                                                 "start",      "practitioner", "service"};

// A row that cannot be imported: where, and what is wrong (never the value).
class RowError : public std::runtime_error {
public:
  RowError(int line, const std::string& column, const std::string& problem)
      : std::runtime_error("line " + std::to_string(line) +
                           (column.empty() ? "" : ", column " + column) + ": " + problem) {}
};

void check_header(const std::vector<CsvRecord>& records) {
  if (records.empty()) throw RowError(1, "", "the file is empty; it needs a header line");
  const auto& header = records.front().fields;
  bool same = header.size() == kColumns.size();
  for (std::size_t i = 0; same && i < kColumns.size(); ++i) same = header[i] == kColumns[i];
  if (!same)
    throw RowError(records.front().line, "",
                   "the header must be exactly first_name,last_name,birth_date,start,"
                   "practitioner,service");
}

std::string required_text(const CsvRecord& r, std::size_t column) {
  try {
    require_label(r.fields[column], kColumns[column], 100);
  } catch (const std::invalid_argument& e) {
    throw RowError(r.line, "", e.what());  // the message names the column
  }
  return r.fields[column];
}

Appointment to_appointment(const CsvRecord& r, Date today) {
  if (r.fields.size() != kColumns.size())
    throw RowError(r.line, "", "has " + std::to_string(r.fields.size()) + " fields, not 6");
  Appointment a;
  a.first_name = required_text(r, 0);
  a.last_name = required_text(r, 1);
  const auto birth = parse_date(r.fields[2]);
  if (!birth) throw RowError(r.line, "birth_date", "is not a date written YYYY-MM-DD");
  if (!is_plausible_birth_date(*birth, today))
    throw RowError(r.line, "birth_date", "is in the future or over 130 years ago");
  a.birth_date = *birth;
  const auto start = parse_timestamp(r.fields[3]);
  if (!start)
    throw RowError(r.line, "start",
                   "is not a time such as 2026-11-21T14:30 or 2026-11-21T14:30:00Z");
  a.start = *start;
  a.practitioner = required_text(r, 4);
  a.service = required_text(r, 5);
  return a;
}

std::vector<Appointment> read_appointments(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<CsvRecord> records;
  try {
    records = parse_csv(text.str());
  } catch (const CsvError& e) {
    throw RowError(e.line(), "", e.what());
  }
  check_header(records);
  const Date today = local_date(system_time().now());
  std::vector<Appointment> out;
  for (std::size_t i = 1; i < records.size(); ++i) out.push_back(to_appointment(records[i], today));
  return out;
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
  } catch (const RowError& e) {
    std::cerr << "stillpoint-server: " << path << " " << e.what() << "; nothing was imported\n";
    return 1;
  }
  for (auto& a : appointments) a.id = make_uuid_v4();
  auto clinic = open_clinic(common, config);
  const auto ids = clinic->add_appointments(appointments);
  std::size_t added = 0;
  for (std::size_t i = 0; i < ids.size(); ++i) added += ids[i] == appointments[i].id ? 1u : 0u;
  std::cout << "imported " << added << " appointments";
  if (added < ids.size()) std::cout << ", " << ids.size() - added << " were already there";
  std::cout << "\n";
  return 0;
}

}  // namespace stillpoint::server
