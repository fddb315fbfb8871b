#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "stillpoint/core/json_reader.h"
#include "stillpoint/core/server_config.h"

using namespace stillpoint;
using nlohmann::json;

TEST_CASE("server config: an empty object gives working defaults") {
  const auto c = server_config_from_json(json::object());
  CHECK(c.listen_host == "127.0.0.1");
  CHECK(c.listen_port == 8080);
  CHECK(c.lookup_minutes_before == 60);
  CHECK(c.lookup_minutes_after == 30);
  CHECK(c.max_body_bytes == 64 * 1024);
  CHECK(c.http_threads > 64);  // 64 held long-polls must not starve other requests
}

TEST_CASE("server config: fields are read and round-trip through JSON") {
  const json doc = {{"clinic_name", "Harbor Wellness"}, {"listen", "0.0.0.0:9000"},
                    {"rooms", {"Blue", "Green", "Gold"}}, {"service_minutes", {{"massage", 50}}},
                    {"retention_days", 14}};
  const auto c = server_config_from_json(doc);
  CHECK(c.clinic_name == "Harbor Wellness");
  CHECK(c.listen_port == 9000);
  CHECK(c.rooms.size() == 3);
  CHECK(c.service_minutes.at("massage") == doctest::Approx(50));
  CHECK(server_config_from_json(to_json(c)).rooms == c.rooms);
}

TEST_CASE("server config: mistakes name the field") {
  auto field_of = [](const json& doc) {
    try {
      server_config_from_json(doc);
    } catch (const FieldError& e) {
      return e.field();
    }
    return std::string("<none>");
  };
  CHECK(field_of({{"listen", "localhost"}}) == "listen");
  CHECK(field_of({{"listen", "127.0.0.1:99999"}}) == "listen");
  CHECK(field_of({{"rooms", json::array()}}) == "rooms");
  CHECK(field_of({{"retention_days", 0}}) == "retention_days");
  CHECK(field_of({{"service_minutes", {{"massage", -1}}}}) == "service_minutes.massage");
  CHECK(field_of({{"retension_days", 10}}) == "retension_days");
}

TEST_CASE("server config: IPv6 listen addresses are accepted in brackets") {
  CHECK(parse_listen_address("[::1]:8080") == std::pair<std::string, int>{"::1", 8080});
}
