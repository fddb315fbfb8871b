#pragma once
// RFC 4180 CSV: comma-separated fields, double-quoted fields that may hold commas, quotes ("")
// and line breaks, CRLF or LF records. Errors name the line, never the text found there,
// because the files hold people's names and birth dates. Read by appointment_csv.h, for both
// the CLI's import-appointments and POST /api/v1/appointments/import.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace stillpoint::server {

// One record and the line of the file where it starts (1-based).
struct CsvRecord {
  int line = 0;
  std::vector<std::string> fields;
};

// Malformed CSV, e.g. an unterminated quote or text after a closing quote.
class CsvError : public std::runtime_error {
public:
  CsvError(int line, const std::string& message) : std::runtime_error(message), line_(line) {}
  int line() const { return line_; }

private:
  int line_;
};

// Splits `text` into records. A leading UTF-8 byte-order mark and blank lines are skipped.
std::vector<CsvRecord> parse_csv(std::string_view text);

}  // namespace stillpoint::server
