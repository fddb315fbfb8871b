// GET /healthz: liveness for load balancers, systemd and the demo script; no auth, no data.
#include "http/api_context.h"
#include "http/json_io.h"
#include "http/routes/routes.h"
#include "stillpoint/core/version.h"

namespace stillpoint::server::http {

namespace {

void get_health(ApiContext&, const Call&, httplib::Response& res) {
  write_json(res, 200, {{"status", "ok"}, {"version", kVersion}});
}

}  // namespace

void add_health_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"GET", "/healthz", role::anyone, Body::none, get_health});
}

}  // namespace stillpoint::server::http
