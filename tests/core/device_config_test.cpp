#include <doctest/doctest.h>

#include "stillpoint/core/device_config.h"
#include "stillpoint/core/json_reader.h"

using namespace stillpoint;
using nlohmann::json;

TEST_CASE("device config: an empty object is a working kiosk") {
  const auto c = device_config_from_json(json::object());
  CHECK(c.mode == DeviceMode::kiosk);
  CHECK(c.idle_seconds == 60);
  CHECK(c.idle_countdown_seconds == 15);
  CHECK(c.network_budget_ms == 2000);
  CHECK(c.admin_pin.empty());
}

TEST_CASE("device config: lobby mode keeps its own section for the display to read") {
  const auto c = device_config_from_json({{"mode", "lobby"}, {"lobby", {{"queue_panel", "side"}}}});
  CHECK(c.mode == DeviceMode::lobby);
  CHECK(c.lobby.at("queue_panel") == "side");
}

TEST_CASE("device config: mistakes name the field") {
  auto field_of = [](const json& doc) {
    try {
      device_config_from_json(doc);
    } catch (const FieldError& e) {
      return e.field();
    }
    return std::string("<none>");
  };
  CHECK(field_of({{"mode", "tv"}}) == "mode");
  CHECK(field_of({{"ticket_prefix", "a"}}) == "ticket_prefix");
  CHECK(field_of({{"admin_pin", "12"}}) == "admin_pin");
  CHECK(field_of({{"admin_pin", "12ab"}}) == "admin_pin");
  CHECK(field_of({{"server_url", "ftp://x"}}) == "server_url");
  CHECK(field_of({{"default_language", "fr"}}) == "default_language");
  CHECK(field_of({{"idle_seconds", 1}}) == "idle_seconds");
  CHECK(field_of({{"colour", "blue"}}) == "colour");
}
