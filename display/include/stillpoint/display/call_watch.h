#pragma once
// Notices tickets that have just been called, so the lobby can show "A-07 → Room 2".
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "stillpoint/sync/queue_view.h"

namespace stillpoint::display {

// A call to announce.
struct Call {
  std::string ticket;
  std::string room;
  friend bool operator==(const Call&, const Call&) = default;
};

// Compares each snapshot's now_serving with the one before. The first snapshot only sets the
// baseline: a screen switched on mid-morning must not announce everyone already in a room. A
// ticket called again (to another room, or after a requeue) is announced again.
class CallWatch {
public:
  // The calls that are new in `view`, in the server's order.
  std::vector<Call> observe(const sync::QueueView& view);

private:
  std::optional<std::set<std::pair<std::string, std::string>>> seen_;  // (ticket, room+since)
};

}  // namespace stillpoint::display
