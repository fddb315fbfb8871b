#include "http/errors.h"
#include "http/parsers/parsers.h"
#include "stillpoint/core/json_reader.h"
#include "stillpoint/core/ticket.h"
#include "stillpoint/core/uuid.h"
#include "stillpoint/core/visit.h"

namespace stillpoint::server::http {

namespace {

std::string read_ticket(JsonObjectReader& r) {
  const auto code = parse_ticket(r.string("ticket", 8));
  if (!code) throw FieldError("ticket", "ticket must look like A-07");
  return format_ticket(*code);
}

OfflineClaim read_claim(const nlohmann::json& value, Date today) {
  JsonObjectReader r(value, "claim");
  OfflineClaim claim;
  claim.birth_date = read_birth_date(r.string("birth_date", 10), "claim.birth_date", today);
  if (auto initial = r.optional_string("first_initial", 4))
    claim.first_initial = read_initial(*initial, "claim.first_initial");
  r.finish();
  return claim;
}

// Where the visit comes from: an appointment (by id, or by an offline claim) or a walk-in.
void read_origin(JsonObjectReader& r, CheckinRequest& c, Date today) {
  const auto kind = parse_visit_kind(r.string("kind", 16));
  if (!kind) throw FieldError("kind", "kind must be \"appointment\" or \"walk_in\"");
  c.kind = *kind;
  c.appointment_id = r.optional_string("appointment_id", 64);
  if (c.appointment_id && c.appointment_id->empty())
    throw FieldError("appointment_id", "appointment_id must not be empty");
  if (const auto* claim = r.optional_object("claim")) c.claim = read_claim(*claim, today);
  if (c.kind == VisitKind::walk_in && c.appointment_id)
    throw FieldError("appointment_id", "a walk_in has no appointment_id");
  if (c.kind == VisitKind::walk_in && c.claim)
    throw FieldError("claim", "a walk_in has no claim");
  if (c.kind == VisitKind::appointment && c.appointment_id.has_value() == c.claim.has_value())
    throw FieldError("appointment_id", "an appointment check-in needs appointment_id or claim");
}

// Why the kiosk made the visit urgent. A well-formed string the clinic does not know, or a reason
// on a visit that is not urgent, is a 422: the body parses, but says something impossible.
std::optional<UrgentReason> read_urgent_reason(JsonObjectReader& r, bool urgent) {
  const auto text = r.optional_string("urgent_reason", 32);
  if (!text) return std::nullopt;
  const auto reason = parse_urgent_reason(*text);
  if (!reason)
    throw ApiError(422, "unknown_urgent_reason",
                   "urgent_reason must be \"help_button\" or \"asked_to_talk\"", "urgent_reason");
  if (!urgent)
    throw ApiError(422, "urgent_reason_without_urgent",
                   "urgent_reason is only given with \"urgent\": true", "urgent_reason");
  return reason;
}

std::optional<nlohmann::json> read_response(JsonObjectReader& r) {
  const auto* response = r.optional_object("response");
  if (!response) return std::nullopt;
  const auto type = response->find("resourceType");
  if (type == response->end() || *type != "QuestionnaireResponse")
    throw FieldError("response.resourceType",
                     "response must be a FHIR QuestionnaireResponse");
  return *response;
}

}  // namespace

CheckinRequest parse_checkin_body(const nlohmann::json& body, Date today) {
  JsonObjectReader r(body);
  CheckinRequest c;
  c.id = r.string("id", 36);
  if (!is_uuid_v4(c.id)) throw FieldError("id", "id must be a UUID (version 4)");
  c.ticket = read_ticket(r);
  read_origin(r, c, today);
  c.service = r.optional_string("service", 64);
  if (c.service && c.service->empty()) throw FieldError("service", "service must not be empty");
  c.language = r.string("language", 8);
  if (c.language != "en" && c.language != "es")
    throw FieldError("language", "language must be \"en\" or \"es\"");
  const auto created = parse_timestamp(r.string("created_at", 40));
  if (!created) throw FieldError("created_at", "created_at must be an RFC 3339 timestamp");
  c.created_at = *created;
  c.urgent = r.optional_boolean("urgent").value_or(false);
  c.urgent_reason = read_urgent_reason(r, c.urgent);
  c.response = read_response(r);
  r.finish();
  c.fingerprint = body.dump();
  return c;
}

}  // namespace stillpoint::server::http
