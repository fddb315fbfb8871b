#include "clinic/queue_line.h"

#include <algorithm>
#include <set>

namespace stillpoint::server {
namespace {

bool is_being_seen(const VisitRecord& v) {
  return v.state == VisitState::called || v.state == VisitState::in_session;
}

}  // namespace

QueueEntry queue_entry_of(const VisitRecord& v) {
  QueueEntry e;
  e.ticket = v.ticket;
  e.kind = v.kind;
  e.urgent = v.urgent;
  e.arrived_at = v.arrived_at;
  if (v.appointment) e.appointment_start = v.appointment->start;
  e.service = v.service;
  return e;
}

std::vector<QueueEntry> waiting_line(const std::vector<VisitRecord>& visits) {
  std::vector<QueueEntry> waiting;
  for (const auto& v : visits)
    if (v.state == VisitState::waiting) waiting.push_back(queue_entry_of(v));
  return order_queue(std::move(waiting));
}

int rooms_in_use(const std::vector<VisitRecord>& visits, int configured_rooms) {
  std::set<std::string> rooms;
  for (const auto& v : visits)
    if (is_being_seen(v)) rooms.insert(v.room.value_or(""));
  return rooms.empty() ? std::max(1, configured_rooms) : static_cast<int>(rooms.size());
}

std::optional<std::string> occupant_of(const std::vector<VisitRecord>& visits,
                                       const std::string& room, const std::string& except_id) {
  for (const auto& v : visits)
    if (is_being_seen(v) && v.room == room && v.id != except_id) return v.ticket;
  return std::nullopt;
}

std::optional<std::string> first_free_room(const std::vector<std::string>& rooms,
                                           const std::vector<VisitRecord>& visits) {
  for (const auto& room : rooms)
    if (!occupant_of(visits, room)) return room;
  return std::nullopt;
}

WaitRange wait_behind(const std::vector<QueueEntry>& line, std::size_t ahead,
                      const SessionLengthModel& model, int rooms) {
  std::vector<std::string> services;
  for (std::size_t i = 0; i < ahead && i < line.size(); ++i) services.push_back(line[i].service);
  return to_wait_range(estimate_wait_minutes(services, model, rooms));
}

std::optional<int> position_of(const std::vector<QueueEntry>& line, const std::string& ticket) {
  for (std::size_t i = 0; i < line.size(); ++i)
    if (line[i].ticket == ticket) return static_cast<int>(i + 1);
  return std::nullopt;
}

QueueSnapshot make_snapshot(const std::vector<VisitRecord>& visits, const QueueState& state,
                            const SessionLengthModel& model, int configured_rooms) {
  QueueSnapshot s;
  s.version = state.version;
  s.updated_at = state.updated_at;
  for (const auto& v : visits)
    if (is_being_seen(v)) s.now_serving.push_back({v.ticket, v.room.value_or(""), v.state_since});
  std::stable_sort(s.now_serving.begin(), s.now_serving.end(),
                   [](const NowServing& a, const NowServing& b) { return a.since < b.since; });
  const auto line = waiting_line(visits);
  for (std::size_t i = 0; i < line.size(); ++i)
    s.waiting.push_back({line[i].ticket, static_cast<int>(i + 1)});
  if (!line.empty())
    s.wait = wait_behind(line, line.size(), model, rooms_in_use(visits, configured_rooms));
  return s;
}

}  // namespace stillpoint::server
