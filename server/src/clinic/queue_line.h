#pragma once
// The queue of one day computed from its visits: who waits in what order, who is being seen,
// how many rooms are busy and how long someone at a given place in line can expect to wait.
// Pure functions of stored visits, so Clinic stays a thin layer over the store.
#include <optional>
#include <vector>

#include "stillpoint/core/queue.h"
#include "stillpoint/core/wait_estimate.h"
#include "store/records.h"

namespace stillpoint::server {

// A visit as the queue rule sees it (appointment start from the linked appointment).
QueueEntry queue_entry_of(const VisitRecord& visit);

// The waiting visits of `visits`, in the order they will be seen.
std::vector<QueueEntry> waiting_line(const std::vector<VisitRecord>& visits);

// Rooms busy with a called or in-session visit; `configured_rooms` when none is, since an idle
// clinic can see as many people at once as it has rooms.
int rooms_in_use(const std::vector<VisitRecord>& visits, int configured_rooms);

// The ticket of the visit, other than `except_id`, called to `room` or in session there.
std::optional<std::string> occupant_of(const std::vector<VisitRecord>& visits,
                                       const std::string& room, const std::string& except_id = {});

// The first of `rooms` (config order) with no visit called to it or in session there.
std::optional<std::string> first_free_room(const std::vector<std::string>& rooms,
                                           const std::vector<VisitRecord>& visits);

// The wait of whoever comes after the first `ahead` people of `line`.
WaitRange wait_behind(const std::vector<QueueEntry>& line, std::size_t ahead,
                      const SessionLengthModel& model, int rooms);

// The 1-based place of `ticket` in `line`, if it waits.
std::optional<int> position_of(const std::vector<QueueEntry>& line, const std::string& ticket);

// The lobby's view: now serving (by since), waiting tickets with positions, and the wait for
// someone arriving now (nullopt when nobody waits).
QueueSnapshot make_snapshot(const std::vector<VisitRecord>& visits, const QueueState& state,
                            const SessionLengthModel& model, int configured_rooms);

}  // namespace stillpoint::server
