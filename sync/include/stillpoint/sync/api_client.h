#pragma once
// The kiosk's question-and-answer calls to the server, each with a hard time budget: a person
// is waiting at the screen, so anything slower than the budget takes the offline path.
#include <chrono>
#include <optional>
#include <string>

#include "stillpoint/core/civil_time.h"
#include "stillpoint/sync/transport.h"

namespace stillpoint::sync {

enum class LookupOutcome {
  found,        // one appointment: greet the person
  none,         // no appointment in the window: offer a walk-in
  several,      // ask for the first initial and look up again
  unavailable,  // no answer in time, 5xx, 429 or a malformed answer: record an offline claim
};

struct AppointmentMatch {
  std::string appointment_id;
  std::string greeting_name;  // "Jordan R.": show, never log
  TimePoint start{};
  std::string practitioner;
};

struct LookupAnswer {
  LookupOutcome outcome = LookupOutcome::unavailable;
  std::optional<AppointmentMatch> match;  // set when found
};

// Synchronous-looking calls that return within the budget whatever the network does: the
// request runs on a helper thread that is abandoned (its socket shut) when time runs out.
class ApiClient {
public:
  explicit ApiClient(ServerEndpoint server,
                     std::chrono::milliseconds budget = std::chrono::seconds(2));

  // POST /api/v1/appointments/lookup.
  LookupAnswer lookup(Date birth_date, const std::optional<std::string>& first_initial) const;

private:
  ServerEndpoint server_;
  std::chrono::milliseconds budget_;
};

// Reads the 200 body of a lookup strictly; nullopt when it is malformed (exposed for tests).
std::optional<AppointmentMatch> parse_lookup_match(const std::string& body);

}  // namespace stillpoint::sync
