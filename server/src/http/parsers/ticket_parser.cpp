#include "http/parsers/parsers.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::server::http {

std::string parse_call_body(const nlohmann::json& body) {
  JsonObjectReader r(body);
  std::string room = r.string("room", 40);
  if (room.empty()) throw FieldError("room", "room must not be empty");
  r.finish();
  return room;
}

std::optional<std::string> parse_call_next_body(const nlohmann::json& body) {
  JsonObjectReader r(body);
  auto room = r.optional_string("room", 40);
  if (room && room->empty()) throw FieldError("room", "room must not be empty");
  r.finish();
  return room;
}

std::string parse_match_body(const nlohmann::json& body) {
  JsonObjectReader r(body);
  std::string id = r.string("appointment_id", 64);
  if (id.empty()) throw FieldError("appointment_id", "appointment_id must not be empty");
  r.finish();
  return id;
}

void parse_empty_body(const nlohmann::json& body) { JsonObjectReader(body).finish(); }

}  // namespace stillpoint::server::http
