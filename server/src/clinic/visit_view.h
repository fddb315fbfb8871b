#pragma once
// How the clinic_*.cpp operations present a stored visit to the front desk, and name one by
// ticket.
#include <string>
#include <vector>

#include "clinic/clinic.h"
#include "stillpoint/core/queue.h"
#include "store/records.h"

namespace stillpoint::server {

// The front desk's view of a stored visit; `line` is its day's waiting line (for the position).
Visit to_visit(const VisitRecord& record, const std::vector<QueueEntry>& line);

// The ticket as stored ("A-7" is never stored; "A-007" is stored as "A-07").
std::string canonical_ticket(const std::string& ticket);

}  // namespace stillpoint::server
