#pragma once
// The lobby's copy of GET /api/v1/queue: tickets and rooms only, never a name.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "stillpoint/core/clock.h"

namespace stillpoint::sync {

struct ServingEntry {
  std::string ticket;
  std::string room;
  TimePoint since{};
};

struct WaitingEntry {
  std::string ticket;
  int position = 0;
};

struct QueueView {
  std::int64_t version = 0;
  std::vector<ServingEntry> now_serving;
  std::vector<WaitingEntry> waiting;
  std::optional<std::pair<int, int>> wait_minutes;  // empty when nobody waits
  TimePoint updated_at{};
};

// Reads a queue body strictly (unknown fields refused); nullopt when malformed.
std::optional<QueueView> parse_queue_view(const std::string& body);

}  // namespace stillpoint::sync
