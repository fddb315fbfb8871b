#include "http/route_table.h"

#include <regex>

#include "http/routes/routes.h"

namespace stillpoint::server::http {

namespace {

struct CompiledRoute {
  const RouteSpec* spec;
  std::regex regex;
};

std::vector<RouteSpec> build_routes() {
  std::vector<RouteSpec> routes;
  add_health_routes(routes);
  add_appointment_routes(routes);
  add_checkin_routes(routes);
  add_queue_routes(routes);
  add_ticket_routes(routes);
  add_room_routes(routes);
  add_device_routes(routes);
  add_asset_routes(routes);
  add_session_routes(routes);
  add_console_routes(routes);
  return routes;
}

const std::vector<CompiledRoute>& compiled_routes() {
  static const std::vector<CompiledRoute> compiled = [] {
    std::vector<CompiledRoute> out;
    for (const auto& route : all_routes())
      out.push_back({&route, std::regex(pattern_regex(route.pattern))});
    return out;
  }();
  return compiled;
}

}  // namespace

const std::vector<RouteSpec>& all_routes() {
  static const std::vector<RouteSpec> routes = build_routes();
  return routes;
}

std::vector<std::pair<std::string, std::string>> route_list() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& route : all_routes()) out.emplace_back(route.method, route.pattern);
  return out;
}

std::string pattern_regex(std::string_view pattern) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '{') {
      const auto close = pattern.find('}', i);
      const auto name = pattern.substr(i + 1, close - i - 1);
      out += name == "path" ? "(.+)" : "([^/]+)";
      i = close;
    } else if (std::string_view(".+*?^$()[]|\\").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

const RouteSpec* find_route(std::string_view method, const std::string& path) {
  const std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
  for (const auto& route : compiled_routes()) {
    if (route.spec->method == wanted && std::regex_match(path, route.regex)) return route.spec;
  }
  return nullptr;
}

std::vector<std::string> methods_for_path(const std::string& path) {
  std::vector<std::string> methods;
  for (const auto& route : compiled_routes()) {
    if (std::regex_match(path, route.regex)) methods.push_back(route.spec->method);
  }
  return methods;
}

}  // namespace stillpoint::server::http
