#pragma once
// Strict readers for each request body, one file per resource. Pure functions on parsed JSON:
// every field type-checked and bounded, unknown fields refused, each failure a FieldError
// naming the field. Nothing is written until a body has been read completely.
#include <string>

#include <nlohmann/json.hpp>

#include "clinic/clinic.h"
#include "stillpoint/core/appointment.h"
#include "stillpoint/core/civil_time.h"

namespace stillpoint::server::http {

// POST /api/v1/appointments: {first_name,last_name,birth_date,start,practitioner,service}.
// `today` bounds the birth date. The id is left empty for the clinic to assign.
Appointment parse_appointment_body(const nlohmann::json& body, Date today);

// POST /api/v1/appointments/import: {"csv"} of at most `max_bytes`; the file's text, unread.
std::string parse_import_body(const nlohmann::json& body, std::size_t max_bytes);

// POST /api/v1/appointments/lookup: {"birth_date","first_initial"?}.
LookupQuery parse_lookup_body(const nlohmann::json& body, Date today);

// POST /api/v1/checkins. An unknown "urgent_reason", or one without "urgent": true, is an
// ApiError 422 naming the field (a FieldError, 400, when it is not a short string). The fingerprint is the canonical dump of `body` (keys sorted), so a
// replay with the same fields in another order or spacing is still the same request.
CheckinRequest parse_checkin_body(const nlohmann::json& body, Date today);

// POST /api/v1/heartbeat: {"version","outbox_depth","oldest_undelivered_seconds"?,"held_items"?}.
Heartbeat parse_heartbeat_body(const nlohmann::json& body);

// POST /api/v1/tickets/{ticket}/call: {"room"}.
std::string parse_call_body(const nlohmann::json& body);
// POST /api/v1/queue/call-next: {} or {"room"}; the room, when one is named.
std::optional<std::string> parse_call_next_body(const nlohmann::json& body);
// POST /api/v1/tickets/{ticket}/match: {"appointment_id"}.
std::string parse_match_body(const nlohmann::json& body);
// The other ticket actions (and a check-in's urgent flag) take no parameters: {} (or no body).
void parse_empty_body(const nlohmann::json& body);

struct SignIn {
  std::string user;
  std::string password;
};
// POST /api/v1/session: {"user","password"}.
SignIn parse_sign_in_body(const nlohmann::json& body);

// Shared field readers.
// A "YYYY-MM-DD" birth date that is plausible on `today`; FieldError naming `path` otherwise.
Date read_birth_date(const std::string& text, const std::string& path, Date today);
// One letter (one UTF-8 character, at most 4 bytes, no spaces or digits).
std::string read_initial(const std::string& text, const std::string& path);

}  // namespace stillpoint::server::http
