// server/openapi.json and the router describe the same API: every route served is documented
// and every documented route is served.
#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include <nlohmann/json.hpp>

#include "http/api_server.h"

using stillpoint::server::http::ApiServer;

TEST_CASE("every route served is in openapi.json and every documented route is served") {
  std::ifstream in(std::string(STILLPOINT_SOURCE_DIR) + "/server/openapi.json");
  REQUIRE(in);
  const auto spec = nlohmann::json::parse(in);
  CHECK(spec["openapi"].get<std::string>().starts_with("3.0"));

  std::set<std::pair<std::string, std::string>> documented;
  for (const auto& [path, item] : spec["paths"].items()) {
    for (const auto& [method, operation] : item.items()) {
      if (method == "parameters") continue;
      std::string upper = method;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      documented.emplace(upper, path);
      CHECK(operation.contains("responses"));
    }
  }
  const auto served_list = ApiServer::routes();
  const std::set<std::pair<std::string, std::string>> served(served_list.begin(), served_list.end());
  for (const auto& route : served) {
    CAPTURE(route.first + " " + route.second);
    CHECK(documented.count(route) == 1);
  }
  for (const auto& route : documented) {
    CAPTURE(route.first + " " + route.second);
    CHECK(served.count(route) == 1);
  }
  CHECK(served.size() == served_list.size());  // no route registered twice
}
