#pragma once
// The words the lobby shows about the queue, computed from a snapshot and its freshness. Only
// ticket codes, rooms, counts and wait ranges can reach these strings: the queue payload carries
// nothing else, and this is the one place that turns it into text.
#include <optional>
#include <string>
#include <vector>

#include "stillpoint/display/lobby_config.h"
#include "stillpoint/display/lobby_strings.h"
#include "stillpoint/sync/queue_poller.h"
#include "stillpoint/sync/queue_view.h"

namespace stillpoint::display {

// A ticket being seen, and where.
struct ServingLine {
  std::string ticket;  // empty when codes are hidden
  std::string room;    // "Room 2"
};

// The queue as text, ready to draw in the panel or full screen.
struct QueueText {
  std::string serving_heading;        // "Now serving"; empty when nothing to list
  std::vector<ServingLine> serving;
  std::string next_heading;           // "Next"; empty when codes are hidden or nobody waits
  std::vector<std::string> next_codes;
  std::string waiting;                // "3 people waiting"
  std::string wait_range;             // "Walk-in wait now: about 10–20 min"; empty when unknown
  std::string placeholder;            // before any snapshot: "...will appear here shortly"
  std::string status;                 // stale: "Updating queue status · last update 3 min ago"
};

// "Room 2" for a bare number, the room's own name otherwise ("Counselling room").
std::string room_label(const std::string& room, const LobbyStrings& strings, const std::string& language);

// The text for `view` (none before the first snapshot) at `status`.
QueueText queue_text(const std::optional<sync::QueueView>& view, const sync::QueueFeedStatus& status,
                     const LobbyConfig& config, const LobbyStrings& strings,
                     const std::string& language);

// "3 min" or "2 h" for the age of a stale snapshot.
std::string age_text(std::chrono::seconds age, const LobbyStrings& strings, const std::string& language);

}  // namespace stillpoint::display
