// Devices report in (kiosks and lobby screens send a heartbeat with their version and outbox
// depth) and the front desk sees which one has gone quiet.
#include "http/api_context.h"
#include "http/auth.h"
#include "http/json_io.h"
#include "http/parsers/parsers.h"
#include "http/routes/routes.h"
#include "http/wire_format.h"

namespace stillpoint::server::http {

namespace {

void post_heartbeat(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const auto beat = parse_heartbeat_body(read_json_body(call.req));
  ctx.clinic.record_heartbeat(call.caller.device->id, beat);
  res.status = 204;
}

void get_devices(ApiContext& ctx, const Call& call, httplib::Response& res) {
  require_known_params(call.req, {});
  nlohmann::json list = nlohmann::json::array();
  for (const auto& device : ctx.clinic.devices()) list.push_back(device_json(device));
  write_json(res, 200, {{"devices", std::move(list)}});
}

}  // namespace

void add_device_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"POST", "/api/v1/heartbeat", role::kiosk | role::display, Body::json,
                    post_heartbeat});
  routes.push_back({"GET", "/api/v1/devices", role::staff, Body::none, get_devices});
}

}  // namespace stillpoint::server::http
