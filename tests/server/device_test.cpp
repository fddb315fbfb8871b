// Devices: tokens, kiosk prefixes and heartbeats.
#include <doctest/doctest.h>

#include "security/tokens.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

TEST_CASE(
    "GIVEN a new device WHEN its token is presented THEN it authenticates with its role and "
    "prefix, and any other token does not") {
  ClinicFixture f;
  const auto token = f.clinic->add_device("Lobby kiosk", DeviceRole::kiosk, "KB");
  CHECK(token.size() == 64);  // 32 random bytes in hex
  const auto device = f.clinic->authenticate_device(token);
  REQUIRE(device.has_value());
  CHECK(device->name == "Lobby kiosk");
  CHECK(device->role == DeviceRole::kiosk);
  CHECK(device->ticket_prefix == "KB");
  auto wrong = token;
  wrong[0] = wrong[0] == 'a' ? 'b' : 'a';
  CHECK_FALSE(f.clinic->authenticate_device(wrong).has_value());
  CHECK_FALSE(f.clinic->authenticate_device("").has_value());
}

TEST_CASE(
    "GIVEN a new device WHEN the database file is scanned THEN its token's SHA-256 is there "
    "and the token itself is not") {
  ClinicFixture f;
  const auto token = f.clinic->add_device("Lobby screen", DeviceRole::display, "");
  const auto bytes = database_bytes(f.db_path());
  CHECK(bytes.find(sha256_hex(token)) != std::string::npos);
  CHECK(bytes.find(token) == std::string::npos);
}

TEST_CASE("GIVEN two devices WHEN tokens are issued THEN they differ") {
  ClinicFixture f;
  CHECK(f.clinic->add_device("One", DeviceRole::staff, "") !=
        f.clinic->add_device("Two", DeviceRole::staff, ""));
}

TEST_CASE(
    "GIVEN kiosk A WHEN another kiosk asks for A THEN refused and WHEN it asks for none THEN it "
    "gets the next free letter") {
  ClinicFixture f;  // has kiosk "A"
  CHECK_THROWS_AS(f.clinic->add_device("Second", DeviceRole::kiosk, "A"), std::invalid_argument);
  const auto second =
      f.clinic->authenticate_device(f.clinic->add_device("Second", DeviceRole::kiosk, ""));
  REQUIRE(second.has_value());
  CHECK(second->ticket_prefix == "B");
}

TEST_CASE("GIVEN bad device details WHEN adding the device THEN each is refused") {
  ClinicFixture f;
  CHECK_THROWS_AS(f.clinic->add_device("Screen", DeviceRole::display, "D"), std::invalid_argument);
  CHECK_THROWS_AS(f.clinic->add_device("Kiosk x", DeviceRole::kiosk, "a"), std::invalid_argument);
  CHECK_THROWS_AS(f.clinic->add_device("Kiosk y", DeviceRole::kiosk, "ABC"), std::invalid_argument);
  CHECK_THROWS_AS(f.clinic->add_device("Front kiosk", DeviceRole::staff, ""),
                  std::invalid_argument);
  CHECK_THROWS_AS(f.clinic->add_device("", DeviceRole::staff, ""), std::invalid_argument);
  CHECK(f.clinic->devices().size() == 1);
}

TEST_CASE("GIVEN a kiosk WHEN it sends a heartbeat THEN the device list shows it") {
  ClinicFixture f;
  f.clock.advance(5min);
  f.clinic->record_heartbeat(f.kiosk.id, Heartbeat{"1.2.3", 4, 90, 1});
  const auto devices = f.clinic->devices();
  REQUIRE(devices.size() == 1);
  CHECK(devices[0].last_seen == std::optional<TimePoint>(f.clock.now()));
  CHECK(devices[0].app_version == "1.2.3");
  CHECK(devices[0].outbox_depth == 4);
  CHECK(devices[0].oldest_undelivered_seconds == std::optional<int>(90));
  CHECK(devices[0].held_items == 1);
}

TEST_CASE("device roles read and print by their wire names") {
  CHECK(parse_device_role("display") == std::optional<DeviceRole>(DeviceRole::display));
  CHECK_FALSE(parse_device_role("admin").has_value());
  CHECK(to_string(DeviceRole::staff) == "staff");
}
