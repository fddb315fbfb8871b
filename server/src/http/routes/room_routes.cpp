// GET /api/v1/rooms: the front desk's board of the configured rooms and who is in each.
#include "http/api_context.h"
#include "http/json_io.h"
#include "http/routes/routes.h"
#include "http/wire_format.h"

namespace stillpoint::server::http {

namespace {

void get_rooms(ApiContext& ctx, const Call& call, httplib::Response& res) {
  require_known_params(call.req, {});
  nlohmann::json list = nlohmann::json::array();
  for (const auto& room : ctx.clinic.rooms()) list.push_back(room_json(room));
  write_json(res, 200, {{"rooms", std::move(list)}});
}

}  // namespace

void add_room_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"GET", "/api/v1/rooms", role::staff, Body::none, get_rooms});
}

}  // namespace stillpoint::server::http
