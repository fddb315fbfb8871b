#include <cctype>

#include "http/parsers/parsers.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::server::http {

namespace {

std::string read_name(JsonObjectReader& r, std::string_view key, std::size_t max) {
  std::string value = r.string(key, max);
  if (value.empty()) throw FieldError(r.path_of(key), r.path_of(key) + " must not be empty");
  return value;
}

}  // namespace

Date read_birth_date(const std::string& text, const std::string& path, Date today) {
  const auto date = parse_date(text);
  if (!date) throw FieldError(path, path + " must be a date YYYY-MM-DD");
  if (!is_plausible_birth_date(*date, today))
    throw FieldError(path, path + " is not a plausible birth date");
  return *date;
}

std::string read_initial(const std::string& text, const std::string& path) {
  const auto first = static_cast<unsigned char>(text.empty() ? '\0' : text.front());
  const std::size_t expected = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
  const bool ascii_letter = first < 0x80 && std::isalpha(first);
  if (text.size() != expected || (first < 0x80 && !ascii_letter) || (first >= 0x80 && first < 0xC0))
    throw FieldError(path, path + " must be a single letter");
  return text;
}

Appointment parse_appointment_body(const nlohmann::json& body, Date today) {
  JsonObjectReader r(body);
  Appointment a;
  a.first_name = read_name(r, "first_name", 100);
  a.last_name = read_name(r, "last_name", 100);
  a.birth_date = read_birth_date(r.string("birth_date", 10), "birth_date", today);
  const auto start = parse_timestamp(r.string("start", 40));
  if (!start) throw FieldError("start", "start must be a timestamp such as 2026-11-21T14:30:00Z");
  a.start = *start;
  a.practitioner = read_name(r, "practitioner", 100);
  a.service = read_name(r, "service", 64);
  r.finish();
  return a;
}

std::string parse_import_body(const nlohmann::json& body, std::size_t max_bytes) {
  JsonObjectReader r(body);
  std::string csv = r.string("csv", max_bytes);
  r.finish();
  return csv;
}

LookupQuery parse_lookup_body(const nlohmann::json& body, Date today) {
  JsonObjectReader r(body);
  LookupQuery q;
  q.birth_date = read_birth_date(r.string("birth_date", 10), "birth_date", today);
  if (auto initial = r.optional_string("first_initial", 4))
    q.first_initial = read_initial(*initial, "first_initial");
  r.finish();
  return q;
}

}  // namespace stillpoint::server::http
