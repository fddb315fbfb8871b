// GET /api/v1/queue: the lobby's snapshot, with an ETag for cheap polling and a long-poll
// (?after=VERSION&wait=SECONDS) so screens follow the queue within a second without hammering.
#include <algorithm>
#include <chrono>
#include <cstdint>

#include "http/api_context.h"
#include "http/errors.h"
#include "http/etag.h"
#include "http/json_io.h"
#include "http/parsers/parsers.h"
#include "http/routes/routes.h"
#include "http/wire_format.h"

namespace stillpoint::server::http {

namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

// Held polls wake at least this often to notice that the server is stopping: Clinic's wait
// cannot be cancelled, and httplib's stop() joins every worker thread.
constexpr milliseconds stop_check_interval{250};

// Waits until the queue version passes `after`; false when `wait` ends first. Throws 503 when
// the server stops meanwhile.
bool wait_for_version(ApiContext& ctx, std::int64_t after, std::chrono::seconds wait) {
  const auto deadline = steady_clock::now() + wait;
  while (!ctx.stopping) {
    const auto left = std::chrono::duration_cast<milliseconds>(deadline - steady_clock::now());
    if (left <= milliseconds::zero()) return ctx.clinic.wait_for_queue_change(after, milliseconds::zero());
    if (ctx.clinic.wait_for_queue_change(after, std::min(left, stop_check_interval))) return true;
  }
  throw ApiError(503, "unavailable", "the server is stopping; poll again");
}

std::string version_etag(std::int64_t version) { return "\"q" + std::to_string(version) + "\""; }

void get_queue(ApiContext& ctx, const Call& call, httplib::Response& res) {
  require_known_params(call.req, {"after", "wait"});
  const auto after = integer_param(call.req, "after", 0, INT64_MAX);
  const auto wait = integer_param(call.req, "wait", 0, ctx.config.long_poll_max_seconds);
  if (wait && !after) throw ApiError(400, "invalid_field", "wait needs after", "after");
  if (after && !wait_for_version(ctx, *after, std::chrono::seconds(wait.value_or(0)))) {
    res.status = 204;
    return;
  }
  const auto snapshot = ctx.clinic.queue_snapshot();
  const std::string etag = version_etag(snapshot.version);
  res.set_header("ETag", etag);
  if (!after && if_none_match(call.req, etag)) {
    res.status = 304;
    return;
  }
  write_json(res, 200, queue_json(snapshot));
}

// The front desk's one-click "Call next": whoever the queue rule puts first, into the room named
// or the first free one.
void call_next(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const auto room = parse_call_next_body(read_json_body(call.req, /*empty_is_object=*/true));
  const auto result = ctx.clinic.call_next(room);
  switch (result.outcome) {
    case CallNextOutcome::done: write_json(res, 200, visit_json(*result.visit)); return;
    case CallNextOutcome::unknown_room:
      throw ApiError(422, "unknown_room", "no such room", "room");
    case CallNextOutcome::nobody_waiting:
      throw ApiError(409, "nobody_waiting", "nobody is waiting");
    case CallNextOutcome::room_occupied: throw room_occupied_error(result.room);
    case CallNextOutcome::no_free_room:
      throw ApiError(409, "no_free_room",
                     "every room already has a visit; complete one first");
  }
}

}  // namespace

void add_queue_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"GET", "/api/v1/queue", role::display | role::staff, Body::none, get_queue});
  routes.push_back({"POST", "/api/v1/queue/call-next", role::staff, Body::json_or_empty, call_next});
}

}  // namespace stillpoint::server::http
