// Why a visit is urgent: the kiosk says it with the check-in ("urgent_reason"), "Need help now?"
// records the help button, the front desk reads it, and the lobby never sees it.
#include <doctest/doctest.h>

#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

json urgent_walk_in(const std::string& ticket, const json& reason) {
  auto body = walk_in(ticket);
  body["urgent"] = true;
  if (!reason.is_null()) body["urgent_reason"] = reason;
  return body;
}

json desk_visit(httplib::Client& client, const TestServer& server, const std::string& ticket) {
  const json list = body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)));
  for (const auto& v : list["checkins"])
    if (v["ticket"] == ticket) return v;
  return nullptr;
}

json error_of(const httplib::Result& res) { return body_json(res)["error"]; }

}  // namespace

TEST_CASE("urgent check-ins carry their reason to the desk, and an older kiosk's has none") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, urgent_walk_in("A-01", "asked_to_talk"))->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, urgent_walk_in("A-02", "help_button"))->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, urgent_walk_in("A-03", nullptr))->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-04"))->status == 201);
  CHECK(desk_visit(client, server, "A-01")["urgent_reason"] == "asked_to_talk");
  CHECK(desk_visit(client, server, "A-02")["urgent_reason"] == "help_button");
  CHECK(desk_visit(client, server, "A-03")["urgent"] == true);
  CHECK(desk_visit(client, server, "A-03")["urgent_reason"] == nullptr);
  CHECK(desk_visit(client, server, "A-04")["urgent_reason"] == nullptr);
  // The visit returned by a desk action carries it too.
  const auto called = client.Post("/api/v1/tickets/A-01/call", bearer(server.staff_token),
                                  R"({"room":"Room 1"})", "application/json");
  CHECK(body_json(called)["urgent_reason"] == "asked_to_talk");
}

TEST_CASE("an unknown urgent reason, or one without urgent, is a 422 naming the field and stores nothing") {
  TestServer server;
  auto client = server.client();
  auto not_urgent = walk_in("A-02");
  not_urgent["urgent_reason"] = "help_button";
  auto urgent_false = not_urgent;
  urgent_false["urgent"] = false;
  struct Case {
    json body;
    int status;
    std::string code;
  };
  const std::vector<Case> cases = {
      {urgent_walk_in("A-01", "chest_pain"), 422, "unknown_urgent_reason"},
      {urgent_walk_in("A-01", "HELP_BUTTON"), 422, "unknown_urgent_reason"},
      {urgent_walk_in("A-01", ""), 422, "unknown_urgent_reason"},
      {not_urgent, 422, "urgent_reason_without_urgent"},
      {urgent_false, 422, "urgent_reason_without_urgent"},
      {urgent_walk_in("A-01", 1), 400, "invalid_field"},
      {urgent_walk_in("A-01", json::array({"help_button"})), 400, "invalid_field"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.body.dump());
    const auto res = post_checkin(client, server.kiosk_token, c.body);
    REQUIRE(res);
    CHECK(res->status == c.status);
    CHECK(is_error_envelope(res->body));
    CHECK(error_of(res)["code"] == c.code);
    CHECK(error_of(res)["field"] == "urgent_reason");
  }
  CHECK(body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)))["checkins"] == json::array());
  CHECK(server.clinic().queue_snapshot().version == 0);
}

TEST_CASE("\"Need help now?\" records the help button as the reason") {
  TestServer server;
  auto client = server.client();
  const auto body = walk_in("A-01");
  REQUIRE(post_checkin(client, server.kiosk_token, body)->status == 201);
  const auto res = client.Post("/api/v1/checkins/" + body["id"].get<std::string>() + "/urgent",
                               bearer(server.kiosk_token), "{}", "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(desk_visit(client, server, "A-01")["urgent_reason"] == "help_button");
}

TEST_CASE("the lobby payload never carries an urgent reason, nor that a visit is urgent") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, urgent_walk_in("A-01", "asked_to_talk"))->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, urgent_walk_in("A-02", "help_button"))->status == 201);
  const auto pressed = walk_in("A-03");
  REQUIRE(post_checkin(client, server.kiosk_token, pressed)->status == 201);
  REQUIRE(client.Post("/api/v1/checkins/" + pressed["id"].get<std::string>() + "/urgent",
                      bearer(server.kiosk_token), "{}", "application/json")->status == 200);
  REQUIRE(client.Post("/api/v1/tickets/A-02/call", bearer(server.staff_token),
                      R"({"room":"Room 1"})", "application/json")->status == 200);
  const auto lobby = client.Get("/api/v1/queue", bearer(server.display_token));
  REQUIRE(lobby);
  REQUIRE(lobby->status == 200);
  for (const std::string word : {"asked_to_talk", "help_button", "reason", "urgent", "talk", "help"}) {
    CAPTURE(word);
    CHECK(lobby->body.find(word) == std::string::npos);
  }
  // The desk sees all three reasons, so the check above is not vacuous.
  const auto desk = client.Get("/api/v1/checkins", bearer(server.staff_token));
  CHECK(desk->body.find("asked_to_talk") != std::string::npos);
  CHECK(desk->body.find("help_button") != std::string::npos);
}
