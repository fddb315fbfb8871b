// POST /api/v1/checkins/{id}/urgent: "Need help now?" on the kiosk's ticket screen marks the
// SAME check-in urgent. Only its own kiosk may (to another it does not exist), repeating it is
// harmless, a finished visit is refused, and the lobby's long-poll wakes with it first.
#include <doctest/doctest.h>

#include <thread>

#include "raw_http.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

std::string urgent_path(const std::string& id) { return "/api/v1/checkins/" + id + "/urgent"; }

// The kiosk client's request exactly: a bearer token and an empty body with Content-Length: 0.
RawResponse press_help(const TestServer& server, const std::string& token, const std::string& id) {
  return raw_exchange(server.port(), raw_request("POST", urgent_path(id),
                                                 {{"Authorization", "Bearer " + token},
                                                  {"Content-Length", "0"}}));
}

std::vector<std::string> waiting(httplib::Client& client, const TestServer& server) {
  std::vector<std::string> out;
  const auto queue = body_json(client.Get("/api/v1/queue", bearer(server.display_token)));
  for (const auto& w : queue["waiting"]) out.push_back(w["ticket"]);
  return out;
}

long long version(httplib::Client& client, const TestServer& server) {
  return body_json(client.Get("/api/v1/queue", bearer(server.display_token)))["version"];
}

}  // namespace

TEST_CASE("a kiosk marks its own check-in urgent: the same visit goes first, and a repeat is harmless") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto second = walk_in("A-02");
  REQUIRE(post_checkin(client, server.kiosk_token, second)->status == 201);
  REQUIRE(waiting(client, server) == std::vector<std::string>{"A-01", "A-02"});
  const auto before = version(client, server);

  const auto res = press_help(server, server.kiosk_token, second["id"]);
  CHECK(res.status == 200);
  CHECK(json::parse(res.body) == json{{"ticket", "A-02"}, {"urgent", true}});
  CHECK(waiting(client, server) == std::vector<std::string>{"A-02", "A-01"});
  CHECK(version(client, server) == before + 1);

  // Pressed again, now with {}: the same answer, no new version, still one visit per ticket.
  const auto again = client.Post(urgent_path(second["id"]), bearer(server.kiosk_token), "{}",
                                 "application/json");
  REQUIRE(again);
  CHECK(again->status == 200);
  CHECK(body_json(again) == json{{"ticket", "A-02"}, {"urgent", true}});
  CHECK(version(client, server) == before + 1);
  const auto visits = body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)))["checkins"];
  REQUIRE(visits.size() == 2);
  CHECK(visits[1]["ticket"] == "A-02");
  CHECK(visits[1]["urgent"] == true);
  CHECK(visits[1]["position"] == 1);
  CHECK(visits[0]["urgent"] == false);
  // The check-in's own replay still answers what it answered first (idempotency untouched).
  CHECK(post_checkin(client, server.kiosk_token, second)->status == 200);
}

TEST_CASE("a held long-poll wakes when a check-in is marked urgent") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto second = walk_in("A-02");
  REQUIRE(post_checkin(client, server.kiosk_token, second)->status == 201);
  const auto before = version(client, server);
  HeldLongPoll poller(server, before);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let it be held (not asserted)
  const auto started = std::chrono::steady_clock::now();
  CHECK(press_help(server, server.kiosk_token, second["id"]).status == 200);
  auto [status, body] = poller.finish();
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
  CHECK(status == 200);
  CHECK(body["version"].get<long long>() == before + 1);
  CHECK(body["waiting"][0]["ticket"] == "A-02");
}

TEST_CASE("another kiosk's check-in, an unknown id and a finished visit are refused, changing nothing") {
  TestServer server;
  auto client = server.client();
  const auto mine = walk_in("A-01");
  const auto done = walk_in("A-02");
  const auto gone = walk_in("A-03");
  for (const auto& body : {mine, done, gone})
    REQUIRE(post_checkin(client, server.kiosk_token, body)->status == 201);
  const auto staff = bearer(server.staff_token);
  REQUIRE(client.Post("/api/v1/tickets/A-02/call", staff, R"({"room":"Room 1"})", "application/json")->status == 200);
  REQUIRE(client.Post("/api/v1/tickets/A-02/start", staff, "{}", "application/json")->status == 200);
  REQUIRE(client.Post("/api/v1/tickets/A-02/complete", staff, "{}", "application/json")->status == 200);
  REQUIRE(client.Post("/api/v1/tickets/A-03/no-show", staff, "{}", "application/json")->status == 200);
  const auto before = version(client, server);

  // Another kiosk gets exactly what an unknown id gets: nothing tells it the check-in exists.
  const auto other = press_help(server, server.kiosk_b_token, mine["id"]);
  const auto unknown = press_help(server, server.kiosk_token, "5f0c2b7e-8d1a-4c3e-9b2f-0a1b2c3d4e5f");
  const auto malformed = press_help(server, server.kiosk_token, "not-a-uuid");
  for (const auto* res : {&other, &unknown, &malformed}) {
    CHECK(res->status == 404);
    CHECK(is_error_envelope(res->body));
    CHECK(json::parse(res->body)["error"]["code"] == "not_found");
  }
  CHECK(other.body == unknown.body);

  for (const auto& closed : {done, gone}) {
    const auto res = press_help(server, server.kiosk_token, closed["id"]);
    CHECK(res.status == 409);
    CHECK(is_error_envelope(res.body));
    CHECK(json::parse(res.body)["error"]["code"] == "visit_closed");
  }

  // A body other than {} is refused: the route takes no parameters.
  const auto with_field = client.Post(urgent_path(mine["id"]), bearer(server.kiosk_token),
                                      R"({"urgent":true})", "application/json");
  CHECK(with_field->status == 400);
  CHECK(is_error_envelope(with_field->body));
  const auto as_text = client.Post(urgent_path(mine["id"]), bearer(server.kiosk_token), "help",
                                   "text/plain");
  CHECK(as_text->status == 415);
  // Staff and lobby screens may not press the kiosk's button.
  CHECK(press_help(server, server.staff_token, mine["id"]).status == 403);
  CHECK(press_help(server, server.display_token, mine["id"]).status == 403);

  CHECK(version(client, server) == before);
  const auto visits = body_json(client.Get("/api/v1/checkins", staff));
  for (const auto& v : visits["checkins"]) CHECK(v["urgent"] == false);
}
