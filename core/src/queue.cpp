#include "stillpoint/core/queue.h"

#include <algorithm>
#include <tuple>

namespace stillpoint {
namespace {

// 0 urgent, 1 appointment, 2 walk-in.
int tier(const QueueEntry& e) {
  if (e.urgent) return 0;
  return e.kind == VisitKind::appointment ? 1 : 2;
}

// Within the appointment tier, the appointment time orders; elsewhere arrival does. An
// appointment without a start (should not happen) sorts by arrival.
TimePoint sort_time(const QueueEntry& e) {
  if (!e.urgent && e.kind == VisitKind::appointment && e.appointment_start)
    return *e.appointment_start;
  return e.arrived_at;
}

}  // namespace

bool seen_before(const QueueEntry& a, const QueueEntry& b) {
  return std::tuple{tier(a), sort_time(a), a.arrived_at, a.ticket} <
         std::tuple{tier(b), sort_time(b), b.arrived_at, b.ticket};
}

std::vector<QueueEntry> order_queue(std::vector<QueueEntry> waiting) {
  std::stable_sort(waiting.begin(), waiting.end(), seen_before);
  return waiting;
}

}  // namespace stillpoint
