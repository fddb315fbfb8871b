// Clinic: the idempotent check-in, and a kiosk's "Need help now?" on a check-in it made.
#include <algorithm>

#include "clinic/appointment_match.h"
#include "clinic/clinic.h"
#include "clinic/clinic_impl.h"
#include "clinic/queue_line.h"
#include "security/tokens.h"
#include "stillpoint/core/ticket.h"

namespace stillpoint::server {

namespace {

// The visit row for a new check-in, before its appointment is resolved.
VisitRecord new_visit(const Device& kiosk, const CheckinRequest& r, TimePoint arrived) {
  VisitRecord v;
  v.id = r.id;
  v.ticket = r.ticket;
  v.day = local_date(arrived);
  v.kind = r.kind;
  v.state = VisitState::waiting;
  v.urgent = r.urgent;
  v.urgent_reason = r.urgent_reason;
  v.service = r.service.value_or("");
  v.language = r.language;
  v.kiosk_id = kiosk.id;
  v.arrived_at = arrived;
  v.state_since = arrived;
  if (r.response) v.response_json = r.response->dump();
  v.fingerprint_hash = sha256_hex(r.fingerprint);
  return v;
}

// Links `v` to its appointment: the named one (false when it does not exist on the visit's
// day), or the single match of an offline claim (an unmatched claim is kept for staff).
bool resolve_appointment(Store& store, const ServerConfig& config, const CheckinRequest& r,
                         VisitRecord& v) {
  if (r.kind != VisitKind::appointment) return true;
  std::optional<Appointment> appointment;
  if (r.appointment_id) {
    appointment = store.find_appointment(*r.appointment_id);
    if (!appointment || local_date(appointment->start) != v.day) return false;
  } else if (r.claim) {
    auto matches = matching_appointments(store, config, r.claim->birth_date, r.claim->first_initial,
                                         r.created_at);
    if (matches.size() == 1) {
      appointment = std::move(matches.front());
    } else {
      v.unmatched_claim = true;
      v.claim_birth_date = r.claim->birth_date;
      v.claim_initial = r.claim->first_initial;
    }
  } else {
    return false;  // an appointment check-in that names no appointment
  }
  if (appointment) {
    v.appointment_id = appointment->id;
    if (v.service.empty()) v.service = appointment->service;
    v.appointment = std::move(appointment);
  }
  return true;
}

// {"ticket","position","wait_minutes":[lo,hi]} for `v`, just inserted at `now`, among its day's
// visits. Someone with an appointment is not seen before it starts, however short the line.
nlohmann::json created_body(Store& store, const SessionLengthModel& model,
                            const ServerConfig& config, const VisitRecord& v, TimePoint now) {
  const auto visits = store.visit_summaries_on(v.day);
  const auto line = waiting_line(visits);
  const int position = position_of(line, v.ticket).value_or(static_cast<int>(line.size()));
  WaitRange wait = wait_behind(line, static_cast<std::size_t>(std::max(0, position - 1)), model,
                               rooms_in_use(visits, static_cast<int>(config.rooms.size())));
  if (v.appointment) {
    const std::chrono::duration<double, std::ratio<60>> until = v.appointment->start - now;
    wait = not_before(wait, until.count());
  }
  return {{"ticket", v.ticket},
          {"position", position},
          {"wait_minutes", {wait.low_minutes, wait.high_minutes}}};
}

}  // namespace

CheckinResult Clinic::check_in(const Device& kiosk, const CheckinRequest& request) {
  const TimePoint now = clock_.now();
  // A kiosk clock running fast must not place someone behind people who came later.
  const TimePoint arrived = std::min(request.created_at, now);
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  CheckinResult result;
  impl_->change_queue(now, [&] {
    if (auto existing = store.find_visit(request.id)) {
      const bool same = existing->fingerprint_hash == sha256_hex(request.fingerprint);
      result.outcome = same ? CheckinOutcome::replayed : CheckinOutcome::idempotency_conflict;
      if (same) result.body = nlohmann::json::parse(existing->result_body);
      return false;
    }
    const auto code = parse_ticket(request.ticket);
    VisitRecord visit = new_visit(kiosk, request, arrived);
    if (code) visit.ticket = format_ticket(*code);  // "A-007" and "A-07" are one ticket
    if (kiosk.role != DeviceRole::kiosk || !code || code->prefix != kiosk.ticket_prefix ||
        store.find_visit_by_ticket(visit.day, visit.ticket)) {
      result.outcome = CheckinOutcome::ticket_conflict;
      return false;
    }
    if (!resolve_appointment(store, config_, request, visit)) {
      result.outcome = CheckinOutcome::unknown_appointment;
      return false;
    }
    visit.result_body = "{}";
    store.insert_visit(visit);
    result.body = created_body(store, impl_->model, config_, visit, now);
    visit.result_body = result.body.dump();
    store.update_visit(visit);
    result.outcome = CheckinOutcome::created;
    return true;
  });
  return result;
}

UrgentResult Clinic::mark_urgent(const Device& kiosk, const std::string& checkin_id) {
  const TimePoint now = clock_.now();
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  UrgentResult result;
  impl_->change_queue(now, [&] {
    auto visit = store.find_visit(checkin_id);
    if (!visit || kiosk.role != DeviceRole::kiosk || visit->kiosk_id != kiosk.id) {
      result.outcome = UrgentOutcome::not_found;
      return false;
    }
    // Yesterday's visit is over even if nobody closed it: it is no longer in any queue.
    if (visit->state == VisitState::done || visit->state == VisitState::no_show ||
        visit->day != local_date(now)) {
      result.outcome = UrgentOutcome::visit_closed;
      return false;
    }
    result.outcome = UrgentOutcome::done;
    result.ticket = visit->ticket;
    // A repeated press changes nothing and wakes nobody. A press on a visit urgent for another
    // reason (or none, from an older kiosk) is news for the desk: the person asks for help now.
    if (visit->urgent && visit->urgent_reason == UrgentReason::help_button) return false;
    visit->urgent = true;
    visit->urgent_reason = UrgentReason::help_button;
    store.update_visit(*visit);
    return true;
  });
  return result;
}

}  // namespace stillpoint::server
