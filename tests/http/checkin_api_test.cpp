// Check-ins, lookups, appointments and devices through the real server.
#include <doctest/doctest.h>

#include <set>

#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/uuid.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

std::string add_appointment(TestServer& server, const std::string& first, const std::string& last,
                            const std::string& birth_date, std::chrono::minutes from_now) {
  Appointment a;
  a.first_name = first;
  a.last_name = last;
  a.birth_date = *parse_date(birth_date);
  a.start = server.clock().now() + from_now;
  a.practitioner = "Dr. Okafor";
  a.service = "rehab";
  return server.clinic().add_appointment(a);
}

httplib::Result lookup(httplib::Client& client, const std::string& token, const json& body) {
  return client.Post("/api/v1/appointments/lookup", bearer(token), body.dump(), "application/json");
}

}  // namespace

TEST_CASE("a check-in is created once and replayed with the identical body") {
  TestServer server;
  auto client = server.client();
  const auto body = walk_in("A-01");
  const auto first = post_checkin(client, server.kiosk_token, body);
  REQUIRE(first);
  CHECK(first->status == 201);
  const auto created = body_json(first);
  CHECK(created["ticket"] == "A-01");
  CHECK(created["position"] == 1);
  CHECK(created["wait_minutes"].is_array());

  const auto again = post_checkin(client, server.kiosk_token, body);
  REQUIRE(again);
  CHECK(again->status == 200);
  CHECK(again->body == first->body);
  CHECK(server.clinic().visits(std::nullopt).size() == 1);
}

TEST_CASE("the same id with another body is a 422 conflict and changes nothing") {
  TestServer server;
  auto client = server.client();
  const auto body = walk_in("A-01");
  REQUIRE(post_checkin(client, server.kiosk_token, body)->status == 201);
  auto other = body;
  other["language"] = "es";
  const auto res = post_checkin(client, server.kiosk_token, other);
  REQUIRE(res);
  CHECK(res->status == 422);
  CHECK(body_json(res)["error"]["code"] == "idempotency_conflict");
  CHECK(server.clinic().visits(std::nullopt).front().language == "en");
}

TEST_CASE("tickets must carry the kiosk's prefix and be unused today") {
  TestServer server;
  auto client = server.client();
  CHECK(post_checkin(client, server.kiosk_token, walk_in("B-01"))->status == 409);
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto reused = post_checkin(client, server.kiosk_token, walk_in("A-01"));
  CHECK(reused->status == 409);
  CHECK(body_json(reused)["error"]["field"] == "ticket");
  CHECK(post_checkin(client, server.kiosk_b_token, walk_in("B-01"))->status == 201);
}

TEST_CASE("the Idempotency-Key header must be present and equal the id") {
  TestServer server;
  auto client = server.client();
  const auto body = walk_in("A-01");
  const auto missing = client.Post("/api/v1/checkins", bearer(server.kiosk_token), body.dump(),
                                   "application/json");
  CHECK(missing->status == 400);
  CHECK(body_json(missing)["error"]["field"] == "Idempotency-Key");
  auto headers = bearer(server.kiosk_token);
  headers.emplace("Idempotency-Key", make_uuid_v4());
  CHECK(client.Post("/api/v1/checkins", headers, body.dump(), "application/json")->status == 400);
  CHECK(server.clinic().visits(std::nullopt).empty());
}

TEST_CASE("an appointment check-in needs an appointment the clinic knows") {
  TestServer server;
  auto client = server.client();
  auto body = walk_in("A-01");
  body["kind"] = "appointment";
  body["appointment_id"] = "no-such-appointment";
  const auto unknown = post_checkin(client, server.kiosk_token, body);
  CHECK(unknown->status == 422);
  CHECK(body_json(unknown)["error"]["code"] == "unknown_appointment");

  body["appointment_id"] = add_appointment(server, "Jordan", "Rivers", "1980-04-02", std::chrono::minutes(10));
  body["id"] = make_uuid_v4();
  CHECK(post_checkin(client, server.kiosk_token, body)->status == 201);
  const auto visits = server.clinic().visits(std::nullopt);
  REQUIRE(visits.size() == 1);
  CHECK(visits.front().kind == VisitKind::appointment);
}

TEST_CASE("a kiosk finds an appointment by birth date and asks the initial when several match") {
  TestServer server;
  auto client = server.client();
  const auto id = add_appointment(server, "Jordan", "Rivers", "1980-04-02", std::chrono::minutes(10));
  add_appointment(server, "Kim", "Lee", "1975-09-09", std::chrono::minutes(5));
  add_appointment(server, "Lou", "Park", "1975-09-09", std::chrono::minutes(20));

  const auto found = lookup(client, server.kiosk_token, {{"birth_date", "1980-04-02"}});
  REQUIRE(found);
  CHECK(found->status == 200);
  const auto match = body_json(found);
  CHECK(match["appointment_id"] == id);
  CHECK(match["greeting_name"] == "Jordan R.");
  CHECK(match["practitioner"] == "Dr. Okafor");
  CHECK(match.size() == 4);

  CHECK(lookup(client, server.kiosk_token, {{"birth_date", "1990-01-01"}})->status == 404);
  const auto several = lookup(client, server.kiosk_token, {{"birth_date", "1975-09-09"}});
  CHECK(several->status == 409);
  const auto narrowed =
      lookup(client, server.kiosk_token, {{"birth_date", "1975-09-09"}, {"first_initial", "L"}});
  CHECK(narrowed->status == 200);
  CHECK(body_json(narrowed)["greeting_name"] == "Lou P.");
}

TEST_CASE("lookups are limited per kiosk per minute and then answer 429 with Retry-After") {
  ServerConfig config;
  config.lookups_per_device_per_minute = 3;
  TestServer server(config);
  auto client = server.client();
  const json query{{"birth_date", "1990-01-01"}};
  for (int i = 0; i < 3; ++i) CHECK(lookup(client, server.kiosk_token, query)->status == 404);
  const auto limited = lookup(client, server.kiosk_token, query);
  REQUIRE(limited);
  CHECK(limited->status == 429);
  CHECK(std::stoi(limited->get_header_value("Retry-After")) > 0);
  CHECK(lookup(client, server.kiosk_b_token, query)->status == 404);  // per device

  server.clock().advance(std::chrono::seconds(61));
  CHECK(lookup(client, server.kiosk_token, query)->status == 404);
}

TEST_CASE("the front desk adds and lists appointments of a day") {
  TestServer server;
  auto client = server.client();
  const json appointment{{"first_name", "Jordan"}, {"last_name", "Rivers"},
                         {"birth_date", "1980-04-02"},
                         {"start", format_timestamp(server.clock().now() + std::chrono::hours(2))},
                         {"practitioner", "Dr. Okafor"}, {"service", "rehab"}};
  const auto added = client.Post("/api/v1/appointments", bearer(server.staff_token),
                                 appointment.dump(), "application/json");
  REQUIRE(added);
  CHECK(added->status == 201);
  const std::string id = body_json(added)["id"];

  const auto today = format_date(local_date(server.clock().now()));
  const auto listed = client.Get("/api/v1/appointments?date=" + today, bearer(server.staff_token));
  REQUIRE(listed);
  CHECK(listed->status == 200);
  const auto list = body_json(listed)["appointments"];
  REQUIRE(list.size() == 1);
  CHECK(list[0]["id"] == id);
  CHECK(list[0]["last_name"] == "Rivers");
  CHECK(list[0]["ticket"].is_null());
}

TEST_CASE("heartbeats show up in the device list") {
  TestServer server;
  auto client = server.client();
  const json beat{{"version", "0.3.1"}, {"outbox_depth", 2}, {"oldest_undelivered_seconds", 40}};
  const auto res = client.Post("/api/v1/heartbeat", bearer(server.kiosk_token), beat.dump(),
                               "application/json");
  REQUIRE(res);
  CHECK(res->status == 204);
  const auto devices = body_json(client.Get("/api/v1/devices", bearer(server.staff_token)))["devices"];
  REQUIRE(devices.size() == 4);
  bool seen = false;
  for (const auto& d : devices) {
    CHECK(!d.contains("token"));
    if (d["name"] != "kiosk-a") continue;
    seen = true;
    CHECK(d["version"] == "0.3.1");
    CHECK(d["outbox_depth"] == 2);
    CHECK(d["oldest_undelivered_seconds"] == 40);
    CHECK(d["ticket_prefix"] == "A");
    CHECK(d["last_seen"].is_string());
  }
  CHECK(seen);
}

TEST_CASE("a restart keeps every accepted check-in and replays still answer 200") {
  TestServer server;
  std::vector<json> accepted;
  {
    auto client = server.client();
    for (int i = 1; i <= 5; ++i) {
      accepted.push_back(walk_in("A-0" + std::to_string(i)));
      REQUIRE(post_checkin(client, server.kiosk_token, accepted.back())->status == 201);
    }
  }
  server.restart();
  auto client = server.client();
  const auto listed = body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)));
  REQUIRE(listed["checkins"].size() == accepted.size());
  std::set<std::string> ids;
  for (const auto& visit : listed["checkins"]) ids.insert(visit["id"].get<std::string>());
  for (const auto& body : accepted) CHECK(ids.count(body["id"].get<std::string>()) == 1);
  CHECK(post_checkin(client, server.kiosk_token, accepted.front())->status == 200);
}
