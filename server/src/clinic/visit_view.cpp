#include "clinic/visit_view.h"

#include "clinic/queue_line.h"
#include "stillpoint/core/ticket.h"

namespace stillpoint::server {

Visit to_visit(const VisitRecord& r, const std::vector<QueueEntry>& line) {
  Visit v;
  v.id = r.id;
  v.ticket = r.ticket;
  v.kind = r.kind;
  v.state = r.state;
  v.urgent = r.urgent;
  if (r.urgent) v.urgent_reason = r.urgent_reason;
  v.service = r.service;
  v.language = r.language;
  v.kiosk_name = r.kiosk_name;
  v.arrived_at = r.arrived_at;
  v.state_since = r.state_since;
  v.room = r.room;
  v.appointment_id = r.appointment_id;
  if (r.appointment) {
    v.greeting_name = greeting_name(r.appointment->first_name, r.appointment->last_name);
    v.practitioner = r.appointment->practitioner;
    v.appointment_start = r.appointment->start;
  }
  v.unmatched_claim = r.unmatched_claim;
  if (r.unmatched_claim && r.claim_birth_date)
    v.claim = OfflineClaim{*r.claim_birth_date, r.claim_initial};
  if (r.state == VisitState::waiting) v.position = position_of(line, r.ticket);
  if (r.response_json) {
    auto parsed = nlohmann::json::parse(*r.response_json, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded()) v.response = std::move(parsed);
  }
  return v;
}

std::string canonical_ticket(const std::string& ticket) {
  const auto code = parse_ticket(ticket);
  return code ? format_ticket(*code) : ticket;
}

}  // namespace stillpoint::server
