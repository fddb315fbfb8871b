// The front desk moves a visit through its states by ticket: call to a room, start, complete,
// no-show, requeue, and matches an offline claim to its appointment. The clinic applies the
// rules; this maps its verdicts to statuses.
#include "http/api_context.h"
#include "http/errors.h"
#include "http/json_io.h"
#include "http/parsers/parsers.h"
#include "http/routes/routes.h"
#include "http/wire_format.h"
#include "stillpoint/core/ticket.h"

namespace stillpoint::server::http {

namespace {

// The {ticket} path segment, canonical ("A-07"); 404 when it cannot name a ticket.
std::string path_ticket(const httplib::Request& req) {
  const auto code = parse_ticket(req.matches[1].str());
  if (!code) throw ApiError(404, "not_found", "no such ticket", "ticket");
  return format_ticket(*code);
}

void act(ApiContext& ctx, const Call& call, httplib::Response& res, VisitAction action) {
  const std::string ticket = path_ticket(call.req);
  const auto body = read_json_body(call.req, /*empty_is_object=*/action != VisitAction::call);
  std::optional<std::string> room;
  if (action == VisitAction::call) room = parse_call_body(body);
  else parse_empty_body(body);
  const auto result = ctx.clinic.act(ticket, action, room);
  switch (result.outcome) {
    case TransitionOutcome::done: write_json(res, 200, visit_json(*result.visit)); return;
    case TransitionOutcome::not_found:
      throw ApiError(404, "not_found", "no such ticket today", "ticket");
    case TransitionOutcome::illegal:
      throw ApiError(409, "illegal_transition", "the visit's state does not allow this");
    case TransitionOutcome::unknown_room:
      throw ApiError(422, "unknown_room", "no such room", "room");
    case TransitionOutcome::room_occupied:
      throw room_occupied_error(result.room);
  }
}

// An offline claim the kiosk could not match is linked by hand to one of the day's appointments.
void match(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const std::string ticket = path_ticket(call.req);
  const std::string appointment_id = parse_match_body(read_json_body(call.req));
  const auto result = ctx.clinic.match_claim(ticket, appointment_id);
  switch (result.outcome) {
    case MatchOutcome::done: write_json(res, 200, visit_json(*result.visit)); return;
    case MatchOutcome::not_found:
      throw ApiError(404, "not_found", "no such ticket today", "ticket");
    case MatchOutcome::not_an_unmatched_claim:
      throw ApiError(409, "not_an_unmatched_claim",
                     "the visit is not an offline check-in waiting to be matched", "ticket");
    case MatchOutcome::appointment_taken:
      throw ApiError(409, "appointment_taken", "that appointment already has a check-in today",
                     "appointment_id");
    case MatchOutcome::unknown_appointment:
      throw ApiError(422, "unknown_appointment", "no such appointment on the visit's day",
                     "appointment_id");
  }
}

template <VisitAction action>
void act_route(ApiContext& ctx, const Call& call, httplib::Response& res) {
  act(ctx, call, res, action);
}

}  // namespace

void add_ticket_routes(std::vector<RouteSpec>& routes) {
  const auto add = [&](const char* verb, Body body, RouteHandler handler) {
    routes.push_back({"POST", std::string("/api/v1/tickets/{ticket}/") + verb, role::staff, body,
                      handler});
  };
  add("call", Body::json, act_route<VisitAction::call>);
  add("start", Body::json_or_empty, act_route<VisitAction::start>);
  add("complete", Body::json_or_empty, act_route<VisitAction::complete>);
  add("no-show", Body::json_or_empty, act_route<VisitAction::no_show>);
  add("requeue", Body::json_or_empty, act_route<VisitAction::requeue>);
  add("match", Body::json, match);
}

}  // namespace stillpoint::server::http
