// Every route in the route table against every kind of caller: no credentials and unknown
// tokens are 401, a role the route does not serve is 403, a role it serves gets past auth.
// The table drives the test, so a new route is covered the day it is added.
#include <doctest/doctest.h>

#include <regex>

#include "http/route_table.h"
#include "stillpoint/core/version.h"
#include "test_server.h"

using namespace stillpoint::server::http;
using namespace stillpoint::server::http::testing;

namespace {

std::string concrete_path(const std::string& pattern) {
  std::string path = std::regex_replace(pattern, std::regex("\\{ticket\\}"), "A-01");
  path = std::regex_replace(path, std::regex("\\{id\\}"), "intake");
  return std::regex_replace(path, std::regex("\\{path\\}"), "js/app.js");
}

httplib::Result call(httplib::Client& client, const RouteSpec& route, httplib::Headers headers) {
  const std::string path = concrete_path(route.pattern);
  if (route.method == "GET") return client.Get(path, headers);
  if (route.method == "DELETE") return client.Delete(path, headers);
  return client.Post(path, headers, "{}", "application/json");
}

}  // namespace

TEST_CASE("every route answers 401 without credentials and 403 to the wrong role") {
  TestServer server;
  auto client = server.client();
  const std::vector<std::pair<unsigned, std::string>> callers = {
      {role::kiosk, server.kiosk_token},
      {role::display, server.display_token},
      {role::staff, server.staff_token}};
  int protected_routes = 0;
  for (const auto& route : all_routes()) {
    if (route.roles == role::anyone) continue;
    ++protected_routes;
    CAPTURE(route.method);
    CAPTURE(route.pattern);
    const auto anonymous = call(client, route, {});
    REQUIRE(anonymous);
    CHECK(anonymous->status == 401);
    CHECK(is_error_envelope(anonymous->body));
    CHECK(call(client, route, bearer("0123456789abcdef-unknown"))->status == 401);
    CHECK(call(client, route, {{"Authorization", "Basic YWxpY2U6cHc="}})->status == 401);
    for (const auto& [bit, token] : callers) {
      CAPTURE(bit);
      const auto res = call(client, route, bearer(token));
      REQUIRE(res);
      if ((route.roles & bit) != 0) {
        CHECK(res->status != 401);
        CHECK(res->status != 403);
      } else {
        CHECK(res->status == 403);
        CHECK(is_error_envelope(res->body));
      }
    }
  }
  CHECK(protected_routes >= 20);
}

TEST_CASE("open routes need no credentials") {
  TestServer server;
  auto client = server.client();
  const auto health = client.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(body_json(health) == nlohmann::json{{"status", "ok"}, {"version", stillpoint::kVersion}});
  CHECK(client.Get("/")->status == 200);
  CHECK(client.Get("/api/v1/session")->status == 401);  // open route, but nobody is signed in
}
