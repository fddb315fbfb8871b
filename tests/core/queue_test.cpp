#include <doctest/doctest.h>

#include "stillpoint/core/queue.h"

using namespace stillpoint;
using namespace std::chrono_literals;

namespace {
const TimePoint t0 = Clock::from_time_t(1'800'000'000);

QueueEntry walk_in(std::string ticket, Clock::duration arrived, bool urgent = false) {
  return {std::move(ticket), VisitKind::walk_in, urgent, t0 + arrived, std::nullopt, "massage"};
}
QueueEntry appointment(std::string ticket, Clock::duration arrived, Clock::duration start) {
  return {std::move(ticket), VisitKind::appointment, false, t0 + arrived, t0 + start, "rehab"};
}
std::vector<std::string> tickets(const std::vector<QueueEntry>& q) {
  std::vector<std::string> out;
  for (const auto& e : q) out.push_back(e.ticket);
  return out;
}
}  // namespace

TEST_CASE("queue: urgent visits are seen first, then appointments by start, then walk-ins") {
  const auto ordered = order_queue({
      walk_in("A-01", 0min),
      appointment("A-02", 5min, 60min),
      appointment("A-03", 10min, 30min),
      walk_in("A-04", 15min, /*urgent=*/true),
      walk_in("A-05", 1min),
  });
  CHECK(tickets(ordered) == std::vector<std::string>{"A-04", "A-03", "A-02", "A-01", "A-05"});
}

TEST_CASE("queue: two urgent visits keep their arrival order whatever their kind") {
  auto late_urgent_appt = appointment("B-01", 20min, 0min);
  late_urgent_appt.urgent = true;
  const auto ordered = order_queue({late_urgent_appt, walk_in("B-02", 5min, true)});
  CHECK(tickets(ordered) == std::vector<std::string>{"B-02", "B-01"});
}

TEST_CASE("queue: an appointment that arrives late still goes by its start time, not arrival") {
  const auto ordered =
      order_queue({appointment("A-01", 0min, 45min), appointment("A-02", 30min, 15min)});
  CHECK(tickets(ordered) == std::vector<std::string>{"A-02", "A-01"});
}

TEST_CASE("queue: an empty queue stays empty") { CHECK(order_queue({}).empty()); }
