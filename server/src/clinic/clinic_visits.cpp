// Clinic: the lobby's queue snapshot, the front desk's visit list and the visit state machine.
#include <algorithm>
#include <stdexcept>

#include "clinic/clinic.h"
#include "clinic/clinic_impl.h"
#include "clinic/queue_line.h"
#include "clinic/visit_view.h"

namespace stillpoint::server {

namespace {

// Moves `visit` to `next` at `now`: a call puts it in `room`, leaving the line frees the room.
void apply(VisitRecord& visit, VisitAction action, VisitState next, TimePoint now,
           const std::optional<std::string>& room) {
  visit.state = next;
  visit.state_since = now;
  if (action == VisitAction::call) visit.room = room;
  if (action == VisitAction::start) visit.started_at = now;
  if (next == VisitState::waiting || next == VisitState::no_show) {
    visit.room.reset();
    visit.started_at.reset();
  }
}

bool is_configured_room(const ServerConfig& config, const std::optional<std::string>& room) {
  return room && std::find(config.rooms.begin(), config.rooms.end(), *room) != config.rooms.end();
}

// The room `visit` would hold after `action`, when that room already holds another visit: a
// second person called into an occupied room would vanish from the desk's rooms board.
std::optional<std::string> taken_room(Store& store, const VisitRecord& visit, VisitAction action,
                                      const std::optional<std::string>& room) {
  const auto target = action == VisitAction::call    ? room
                      : action == VisitAction::start ? visit.room
                                                     : std::nullopt;
  if (!target) return std::nullopt;
  if (!occupant_of(store.visit_summaries_on(visit.day), *target, visit.id)) return std::nullopt;
  return target;
}

}  // namespace

QueueSnapshot Clinic::queue_snapshot() {
  const Date today = local_date(clock_.now());
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  QueueSnapshot snapshot = make_snapshot(store.visit_summaries_on(today), store.queue_state(),
                                         impl_->model, static_cast<int>(config_.rooms.size()));
  // A queue that has never changed has no change time: it is as current as now (not 1970,
  // which a lobby would show as "last update 56 years ago").
  if (snapshot.version == 0) snapshot.updated_at = clock_.now();
  return snapshot;
}

std::vector<Visit> Clinic::visits(std::optional<VisitState> state) {
  const Date today = local_date(clock_.now());
  std::lock_guard lock(impl_->db_mutex);
  const auto records = impl_->store->visits_on(today);
  const auto line = waiting_line(records);
  std::vector<Visit> out;
  for (const auto& r : records)
    if (!state || r.state == *state) out.push_back(to_visit(r, line));
  return out;
}

TransitionResult Clinic::act(const std::string& ticket, VisitAction action,
                             const std::optional<std::string>& room) {
  const TimePoint now = clock_.now();
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  TransitionResult result;
  std::optional<SessionLengthModel> learned;  // applied only once the transaction commits
  impl_->change_queue(now, [&] {
    auto visit = store.find_visit_by_ticket(local_date(now), canonical_ticket(ticket));
    if (!visit) {
      result.outcome = TransitionOutcome::not_found;
      return false;
    }
    const auto next = next_state(visit->state, action);
    if (!next) {
      result.outcome = TransitionOutcome::illegal;
      return false;
    }
    if (action == VisitAction::call && !is_configured_room(config_, room)) {
      result.outcome = TransitionOutcome::unknown_room;
      return false;
    }
    if (auto taken = taken_room(store, *visit, action, room)) {
      result.outcome = TransitionOutcome::room_occupied;
      result.room = *taken;
      return false;
    }
    if (action == VisitAction::complete && visit->started_at) {
      const std::chrono::duration<double, std::ratio<60>> session = now - *visit->started_at;
      learned = impl_->model;
      learned->observe(visit->service, session.count());
      store.save_session_means(learned->learned());
    }
    apply(*visit, action, *next, now, room);
    store.update_visit(*visit);
    result.outcome = TransitionOutcome::done;
    const auto records = store.visit_summaries_on(visit->day);
    result.visit = to_visit(*visit, waiting_line(records));
    return true;
  });
  if (learned) impl_->model = std::move(*learned);
  return result;
}

CallNextResult Clinic::call_next(const std::optional<std::string>& room) {
  const TimePoint now = clock_.now();
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  CallNextResult result;
  impl_->change_queue(now, [&] {
    if (room && !is_configured_room(config_, room)) {
      result.outcome = CallNextOutcome::unknown_room;
      return false;
    }
    const Date today = local_date(now);
    const auto visits = store.visit_summaries_on(today);
    const auto line = waiting_line(visits);
    if (line.empty()) {
      result.outcome = CallNextOutcome::nobody_waiting;
      return false;
    }
    if (room && occupant_of(visits, *room)) {
      result.outcome = CallNextOutcome::room_occupied;
      result.room = *room;
      return false;
    }
    const auto into = room ? room : first_free_room(config_.rooms, visits);
    if (!into) {
      result.outcome = CallNextOutcome::no_free_room;
      return false;
    }
    auto visit = store.find_visit_by_ticket(today, line.front().ticket);
    if (!visit) throw std::logic_error("the first in line has no visit");
    apply(*visit, VisitAction::call, VisitState::called, now, into);
    store.update_visit(*visit);
    result.outcome = CallNextOutcome::done;
    result.visit = to_visit(*visit, waiting_line(store.visit_summaries_on(today)));
    return true;
  });
  return result;
}

}  // namespace stillpoint::server
