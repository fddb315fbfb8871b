#pragma once
// The API's routes as data: method, path pattern (OpenAPI style, "/api/v1/forms/{id}"), who may
// call it, what body it takes and its handler. The server registers them with httplib, the
// request guard looks up a request's route before its body is read, and a test compares the
// table with server/openapi.json.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <httplib.h>

namespace stillpoint::server::http {

struct ApiContext;
struct Caller;

// Who may call a route: a bit per device role. Staff also covers the console's session cookie.
namespace role {
inline constexpr unsigned anyone = 0;  // no authentication
inline constexpr unsigned kiosk = 1;
inline constexpr unsigned display = 2;
inline constexpr unsigned staff = 4;
}  // namespace role

// What a route reads from the request body.
enum class Body {
  none,           // no body (GET, DELETE)
  json,           // a JSON object, Content-Type application/json
  json_or_empty,  // as json, or no body at all (ticket actions without parameters)
};

// One authenticated request as a handler sees it.
struct Call {
  const httplib::Request& req;
  const Caller& caller;
};

using RouteHandler = void (*)(ApiContext& ctx, const Call& call, httplib::Response& res);

struct RouteSpec {
  std::string method;   // "GET", "POST", "DELETE"
  std::string pattern;  // "/api/v1/tickets/{ticket}/call"
  unsigned roles = role::anyone;
  Body body = Body::none;
  RouteHandler handle = nullptr;
};

// Every route the server serves, in registration order.
const std::vector<RouteSpec>& all_routes();
// Method and pattern of every route: what the OpenAPI document must describe.
std::vector<std::pair<std::string, std::string>> route_list();
// The ECMAScript regex httplib matches for `pattern`: "{name}" captures one path segment,
// "{path}" the rest of the path.
std::string pattern_regex(std::string_view pattern);
// The route serving `method` (HEAD as GET) on `path`, or nullptr.
const RouteSpec* find_route(std::string_view method, const std::string& path);
// The methods served on `path` (for 405's Allow); empty when no route matches.
std::vector<std::string> methods_for_path(const std::string& path);

}  // namespace stillpoint::server::http
