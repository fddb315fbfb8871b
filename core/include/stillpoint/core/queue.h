#pragma once
// Who is seen next. The rule: urgent visits first, then people with an appointment who have
// arrived, by appointment time, then walk-ins by arrival. Ties keep arrival order.
#include <optional>
#include <string>
#include <vector>

#include "stillpoint/core/clock.h"
#include "stillpoint/core/visit.h"

namespace stillpoint {

// One waiting person as the queue rule sees them: no names, nothing from the intake.
struct QueueEntry {
  std::string ticket;
  VisitKind kind = VisitKind::walk_in;
  bool urgent = false;
  TimePoint arrived_at{};
  std::optional<TimePoint> appointment_start;  // set for kind == appointment
  std::string service;                         // for the wait estimate; may be empty
};

// Strict weak order: true when `a` is seen before `b`.
bool seen_before(const QueueEntry& a, const QueueEntry& b);

// `waiting` sorted into the order people will be seen (stable for equal keys).
std::vector<QueueEntry> order_queue(std::vector<QueueEntry> waiting);

}  // namespace stillpoint
