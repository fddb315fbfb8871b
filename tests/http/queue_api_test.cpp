// The lobby's queue payload (exact fields, no personal data), its ETag, and the front desk's
// ticket actions.
#include <doctest/doctest.h>

#include <set>

#include "stillpoint/core/civil_time.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

// Values that must never reach the lobby: a name, a birth date, an intake answer, a service.
const std::vector<std::string> sentinels = {"Zebulon", "Sentinelname", "1931-07-29",
                                            "Quetzalcoatl-answer", "sentinel-service",
                                            "Dr. Sentinel"};

std::set<std::string> keys(const json& object) {
  std::set<std::string> out;
  for (const auto& [key, _] : object.items()) out.insert(key);
  return out;
}

json intake_response() {
  return {{"resourceType", "QuestionnaireResponse"},
          {"status", "completed"},
          {"item", json::array({{{"linkId", "reason"},
                                 {"answer", json::array({{{"valueString", "Quetzalcoatl-answer"}}})}}})}};
}

// Seeds an appointment check-in with sentinels everywhere, an urgent walk-in, and calls one.
void seed_sentinels(TestServer& server, httplib::Client& client) {
  Appointment a;
  a.first_name = "Zebulon";
  a.last_name = "Sentinelname";
  a.birth_date = *parse_date("1931-07-29");
  a.start = server.clock().now() + std::chrono::minutes(5);
  a.practitioner = "Dr. Sentinel";
  a.service = "sentinel-service";
  auto body = walk_in("A-01");
  body["kind"] = "appointment";
  body["appointment_id"] = server.clinic().add_appointment(a);
  body["service"] = "sentinel-service";
  body["response"] = intake_response();
  REQUIRE(post_checkin(client, server.kiosk_token, body)->status == 201);
  auto urgent = walk_in("A-02");
  urgent["urgent"] = true;
  urgent["service"] = "sentinel-service";
  urgent["response"] = intake_response();
  REQUIRE(post_checkin(client, server.kiosk_token, urgent)->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-03"))->status == 201);
  REQUIRE(client.Post("/api/v1/tickets/A-01/call", bearer(server.staff_token),
                      R"({"room":"Room 1"})", "application/json")->status == 200);
}

httplib::Result act(httplib::Client& client, const TestServer& server, const std::string& ticket,
                    const std::string& action, const std::string& body = "") {
  return client.Post("/api/v1/tickets/" + ticket + "/" + action, bearer(server.staff_token), body,
                     "application/json");
}

}  // namespace

TEST_CASE("the lobby payload has exactly its fields and none of the seeded personal data") {
  TestServer server;
  auto client = server.client();
  seed_sentinels(server, client);

  const auto res = client.Get("/api/v1/queue", bearer(server.display_token));
  REQUIRE(res);
  REQUIRE(res->status == 200);
  const auto queue = body_json(res);
  CHECK(keys(queue) ==
        std::set<std::string>{"version", "now_serving", "waiting", "wait_minutes", "updated_at"});
  REQUIRE(queue["now_serving"].size() == 1);
  CHECK(keys(queue["now_serving"][0]) == std::set<std::string>{"ticket", "room", "since"});
  CHECK(queue["now_serving"][0]["ticket"] == "A-01");
  CHECK(queue["now_serving"][0]["room"] == "Room 1");
  REQUIRE(queue["waiting"].size() == 2);
  for (const auto& w : queue["waiting"]) CHECK(keys(w) == std::set<std::string>{"ticket", "position"});
  CHECK(queue["waiting"][0]["ticket"] == "A-02");  // urgent first, but not said to be urgent
  CHECK(queue["wait_minutes"].is_array());
  CHECK(queue["version"].is_number_integer());
  for (const auto& sentinel : sentinels) {
    CAPTURE(sentinel);
    CHECK(res->body.find(sentinel) == std::string::npos);
  }
  CHECK(res->body.find("urgent") == std::string::npos);
  CHECK(res->get_header_value("Cache-Control") == "no-store");

  // The same data is there for the front desk, so the test above is not vacuous.
  const auto desk = client.Get("/api/v1/checkins", bearer(server.staff_token));
  CHECK(desk->body.find("Quetzalcoatl-answer") != std::string::npos);
  CHECK(desk->body.find("Zebulon S.") != std::string::npos);
}

TEST_CASE("the queue carries an ETag from its version and answers 304 while it holds") {
  TestServer server;
  auto client = server.client();
  const auto first = client.Get("/api/v1/queue", bearer(server.display_token));
  REQUIRE(first);
  const std::string etag = first->get_header_value("ETag");
  CHECK(etag.size() > 2);
  CHECK(etag.front() == '"');
  auto headers = bearer(server.display_token);
  headers.emplace("If-None-Match", etag);
  const auto unchanged = client.Get("/api/v1/queue", headers);
  CHECK(unchanged->status == 304);
  CHECK(unchanged->body.empty());

  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto changed = client.Get("/api/v1/queue", headers);
  CHECK(changed->status == 200);
  CHECK(changed->get_header_value("ETag") != etag);
  CHECK(body_json(changed)["version"].get<long long>() > body_json(first)["version"].get<long long>());
}

TEST_CASE("ticket actions follow the visit's state machine") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);

  CHECK(act(client, server, "A-01", "start")->status == 409);  // not called yet
  CHECK(act(client, server, "A-01", "call", R"({"room":"Broom cupboard"})")->status == 422);
  CHECK(act(client, server, "A-09", "call", R"({"room":"Room 1"})")->status == 404);
  CHECK(act(client, server, "A-01", "call", "{}")->status == 400);  // room is required

  const auto called = act(client, server, "A-01", "call", R"({"room":"Room 2"})");
  REQUIRE(called->status == 200);
  CHECK(body_json(called)["state"] == "called");
  CHECK(body_json(called)["room"] == "Room 2");
  CHECK(body_json(act(client, server, "A-01", "requeue"))["state"] == "waiting");
  CHECK(body_json(act(client, server, "A-01", "no-show", "{}"))["state"] == "no_show");
  CHECK(body_json(act(client, server, "A-01", "requeue"))["state"] == "waiting");
  REQUIRE(act(client, server, "A-01", "call", R"({"room":"Room 1"})")->status == 200);
  CHECK(body_json(act(client, server, "A-01", "start"))["state"] == "in_session");
  const auto done = act(client, server, "A-01", "complete");
  CHECK(body_json(done)["state"] == "done");
  CHECK(act(client, server, "A-01", "complete")->status == 409);

  const auto listed = client.Get("/api/v1/checkins?status=done", bearer(server.staff_token));
  CHECK(body_json(listed)["checkins"].size() == 1);
  CHECK(body_json(client.Get("/api/v1/checkins?status=waiting", bearer(server.staff_token)))["checkins"].empty());
}
