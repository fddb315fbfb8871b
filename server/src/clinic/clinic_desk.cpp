// Clinic: the front desk's rooms board and its hand-matching of offline claims.
#include "clinic/clinic.h"
#include "clinic/clinic_impl.h"
#include "clinic/queue_line.h"
#include "clinic/visit_view.h"

namespace stillpoint::server {

namespace {

bool is_being_seen(const VisitRecord& v) {
  return v.state == VisitState::called || v.state == VisitState::in_session;
}

// Why `visit` cannot take `appointment` (found by `appointment_id`), or done when it can.
MatchOutcome check_match(Store& store, const VisitRecord& visit,
                         const std::optional<Appointment>& appointment,
                         const std::string& appointment_id) {
  if (visit.kind != VisitKind::appointment || !visit.unmatched_claim)
    return MatchOutcome::not_an_unmatched_claim;
  if (!appointment || local_date(appointment->start) != visit.day)
    return MatchOutcome::unknown_appointment;
  for (const auto& other : store.visit_summaries_on(visit.day))
    if (other.appointment_id == appointment_id) return MatchOutcome::appointment_taken;
  return MatchOutcome::done;
}

}  // namespace

std::vector<RoomView> Clinic::rooms() {
  const Date today = local_date(clock_.now());
  std::vector<VisitRecord> visits;
  {
    std::lock_guard lock(impl_->db_mutex);
    visits = impl_->store->visit_summaries_on(today);
  }
  std::vector<RoomView> out;
  for (const auto& name : config_.rooms) {
    RoomView room{name, std::nullopt, std::nullopt, std::nullopt};
    // Visits come by arrival: with two called to one room, the board shows the earlier one,
    // as the console's own list does.
    for (const auto& v : visits) {
      if (!is_being_seen(v) || v.room != name) continue;
      room.ticket = v.ticket;
      room.state = v.state;
      room.since = v.state_since;
      break;
    }
    out.push_back(std::move(room));
  }
  return out;
}

MatchResult Clinic::match_claim(const std::string& ticket, const std::string& appointment_id) {
  const TimePoint now = clock_.now();
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  MatchResult result;
  impl_->change_queue(now, [&] {
    auto visit = store.find_visit_by_ticket(local_date(now), canonical_ticket(ticket));
    if (!visit) {
      result.outcome = MatchOutcome::not_found;
      return false;
    }
    auto appointment = store.find_appointment(appointment_id);
    result.outcome = check_match(store, *visit, appointment, appointment_id);
    if (result.outcome != MatchOutcome::done) return false;
    // As resolve_appointment links an online check-in: the appointment, its service when the
    // kiosk sent none, and no claim kept (the birth date typed offline is not needed any more).
    visit->appointment_id = appointment->id;
    if (visit->service.empty()) visit->service = appointment->service;
    visit->unmatched_claim = false;
    visit->claim_birth_date.reset();
    visit->claim_initial.reset();
    visit->appointment = std::move(appointment);
    store.update_visit(*visit);
    result.visit = to_visit(*visit, waiting_line(store.visit_summaries_on(visit->day)));
    return true;  // its appointment time may move it in the line
  });
  return result;
}

}  // namespace stillpoint::server
