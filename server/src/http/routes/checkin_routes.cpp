// Check-ins: a kiosk posts one (idempotently: a retry after a lost reply gets the stored
// answer), marks its own check-in urgent, and the front desk lists them with their intake
// responses.
#include "http/api_context.h"
#include "http/auth.h"
#include "http/errors.h"
#include "http/json_io.h"
#include "http/parsers/parsers.h"
#include "http/routes/routes.h"
#include "http/wire_format.h"
#include "stillpoint/core/uuid.h"

namespace stillpoint::server::http {

namespace {

// The Idempotency-Key header must repeat the body's id, so a proxy or client bug that reuses a
// key for another submission is caught rather than silently answered with an old reply.
void require_idempotency_key(const httplib::Request& req, const std::string& id) {
  const auto key = single_header(req, "Idempotency-Key");
  if (!key)
    throw ApiError(400, "invalid_field", "the Idempotency-Key header is required",
                   "Idempotency-Key");
  if (*key != id)
    throw ApiError(400, "invalid_field", "Idempotency-Key must equal the body's id",
                   "Idempotency-Key");
}

void post_checkin(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const auto request = parse_checkin_body(read_json_body(call.req), local_date(ctx.now()));
  require_idempotency_key(call.req, request.id);
  const auto result = ctx.clinic.check_in(*call.caller.device, request);
  switch (result.outcome) {
    case CheckinOutcome::created: write_json(res, 201, result.body); return;
    case CheckinOutcome::replayed: write_json(res, 200, result.body); return;
    case CheckinOutcome::idempotency_conflict:
      throw ApiError(422, "idempotency_conflict",
                     "this id was already used for a different check-in", "id");
    case CheckinOutcome::ticket_conflict:
      throw ApiError(409, "ticket_conflict",
                     "the ticket is not this kiosk's or is already used today", "ticket");
    case CheckinOutcome::unknown_appointment:
      throw ApiError(422, "unknown_appointment", "no such appointment today", "appointment_id");
  }
}

void get_checkins(ApiContext& ctx, const Call& call, httplib::Response& res) {
  require_known_params(call.req, {"status"});
  std::optional<VisitState> state;
  if (const auto text = text_param(call.req, "status")) {
    state = parse_visit_state(*text);
    if (!state)
      throw ApiError(400, "invalid_field",
                     "status must be waiting, called, in_session, done or no_show", "status");
  }
  nlohmann::json list = nlohmann::json::array();
  for (const auto& visit : ctx.clinic.visits(state)) list.push_back(visit_json(visit));
  write_json(res, 200, {{"checkins", std::move(list)}});
}

// "Need help now?" pressed on the ticket screen: the same check-in becomes urgent (never a
// second one). Only the kiosk that made it may; to any other it does not exist.
void post_urgent(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const std::string id = call.req.matches[1].str();
  parse_empty_body(read_json_body(call.req, /*empty_is_object=*/true));
  if (!is_uuid_v4(id)) throw ApiError(404, "not_found", "no such check-in from this kiosk", "id");
  const auto result = ctx.clinic.mark_urgent(*call.caller.device, id);
  switch (result.outcome) {
    case UrgentOutcome::done:
      write_json(res, 200, {{"ticket", result.ticket}, {"urgent", true}});
      return;
    case UrgentOutcome::not_found:
      throw ApiError(404, "not_found", "no such check-in from this kiosk", "id");
    case UrgentOutcome::visit_closed:
      throw ApiError(409, "visit_closed", "the visit has ended; ask at the front desk", "id");
  }
}

}  // namespace

void add_checkin_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"POST", "/api/v1/checkins", role::kiosk, Body::json, post_checkin});
  routes.push_back({"GET", "/api/v1/checkins", role::staff, Body::none, get_checkins});
  routes.push_back({"POST", "/api/v1/checkins/{id}/urgent", role::kiosk, Body::json_or_empty,
                    post_urgent});
}

}  // namespace stillpoint::server::http
