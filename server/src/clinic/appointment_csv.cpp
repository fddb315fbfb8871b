#include "clinic/appointment_csv.h"

#include <array>

#include "clinic/csv.h"
#include "clinic/validation.h"

namespace stillpoint::server {

namespace {

constexpr std::array<const char*, 6> kColumns = {"first_name", "last_name",    "birth_date",
                                                 "start",      "practitioner", "service"};

std::string where(int line, const std::string& column) {
  return "line " + std::to_string(line) + (column.empty() ? "" : ", column " + column);
}

void check_header(const std::vector<CsvRecord>& records) {
  if (records.empty()) throw AppointmentCsvError(1, "", "the file is empty; it needs a header line");
  const auto& header = records.front().fields;
  bool same = header.size() == kColumns.size();
  for (std::size_t i = 0; same && i < kColumns.size(); ++i) same = header[i] == kColumns[i];
  if (!same)
    throw AppointmentCsvError(records.front().line, "",
                              "the header must be exactly first_name,last_name,birth_date,start,"
                              "practitioner,service");
}

std::string required_text(const CsvRecord& r, std::size_t column) {
  try {
    require_label(r.fields[column], "", 100);
  } catch (const std::invalid_argument& e) {
    // require_label's message starts with the (here empty) field name: " must not be empty".
    std::string problem = e.what();
    if (problem.starts_with(' ')) problem.erase(0, 1);
    throw AppointmentCsvError(r.line, kColumns[column], problem);
  }
  return r.fields[column];
}

Appointment to_appointment(const CsvRecord& r, Date today) {
  if (r.fields.size() != kColumns.size())
    throw AppointmentCsvError(r.line, "",
                              "has " + std::to_string(r.fields.size()) + " fields, not 6");
  Appointment a;
  a.first_name = required_text(r, 0);
  a.last_name = required_text(r, 1);
  const auto birth = parse_date(r.fields[2]);
  if (!birth) throw AppointmentCsvError(r.line, "birth_date", "is not a date written YYYY-MM-DD");
  if (!is_plausible_birth_date(*birth, today))
    throw AppointmentCsvError(r.line, "birth_date", "is in the future or over 130 years ago");
  a.birth_date = *birth;
  const auto start = parse_timestamp(r.fields[3]);
  if (!start)
    throw AppointmentCsvError(r.line, "start",
                              "is not a time such as 2026-11-21T14:30 or 2026-11-21T14:30:00Z");
  a.start = *start;
  a.practitioner = required_text(r, 4);
  a.service = required_text(r, 5);
  return a;
}

}  // namespace

AppointmentCsvError::AppointmentCsvError(int line, const std::string& column,
                                         const std::string& problem)
    : std::runtime_error(where(line, column) + ": " + problem), line_(line), column_(column) {}

std::vector<Appointment> parse_appointment_csv(std::string_view text, Date today) {
  std::vector<CsvRecord> records;
  try {
    records = parse_csv(text);
  } catch (const CsvError& e) {
    throw AppointmentCsvError(e.line(), "", e.what());
  }
  check_header(records);
  std::vector<Appointment> out;
  for (std::size_t i = 1; i < records.size(); ++i) out.push_back(to_appointment(records[i], today));
  return out;
}

}  // namespace stillpoint::server
