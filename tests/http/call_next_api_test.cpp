// One visit per room over HTTP, and POST /api/v1/queue/call-next: the desk's one-click call of
// whoever is first in line, into a named or the first free room. Refusals are the JSON
// envelope with a clear code and change nothing; a call wakes the lobby's long-poll.
#include <doctest/doctest.h>

#include <thread>

#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

httplib::Result staff_post(httplib::Client& client, const TestServer& server,
                           const std::string& path, const std::string& body) {
  return client.Post(path, bearer(server.staff_token), body, "application/json");
}

httplib::Result call_next(httplib::Client& client, const TestServer& server,
                          const std::string& body = "") {
  return staff_post(client, server, "/api/v1/queue/call-next", body);
}

json visit(httplib::Client& client, const TestServer& server, const std::string& ticket) {
  const json list = body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)));
  for (const auto& v : list["checkins"])
    if (v["ticket"] == ticket) return v;
  return nullptr;
}

long long version(httplib::Client& client, const TestServer& server) {
  return body_json(client.Get("/api/v1/queue", bearer(server.display_token)))["version"];
}

json error_of(const httplib::Result& res) { return body_json(res)["error"]; }

}  // namespace

TEST_CASE("calling a second person into an occupied room is a 409 naming the room, changing nothing") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-02"))->status == 201);
  REQUIRE(staff_post(client, server, "/api/v1/tickets/A-01/call", R"({"room":"Room 1"})")->status == 200);
  const auto before = version(client, server);

  const auto res = staff_post(client, server, "/api/v1/tickets/A-02/call", R"({"room":"Room 1"})");
  REQUIRE(res);
  CHECK(res->status == 409);
  CHECK(is_error_envelope(res->body));
  CHECK(error_of(res)["code"] == "room_occupied");
  CHECK(error_of(res)["field"] == "room");
  CHECK(error_of(res)["message"].get<std::string>().find("Room 1") != std::string::npos);

  CHECK(version(client, server) == before);
  CHECK(visit(client, server, "A-02")["state"] == "waiting");
  CHECK(visit(client, server, "A-02")["room"] == nullptr);
  const auto rooms = body_json(client.Get("/api/v1/rooms", bearer(server.staff_token)))["rooms"];
  CHECK(rooms[0]["ticket"] == "A-01");
  CHECK(rooms[1]["ticket"] == nullptr);
}

TEST_CASE("call-next calls the first in line, urgent first, into the first free room or the one named") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  auto urgent = walk_in("A-02");
  urgent["urgent"] = true;
  REQUIRE(post_checkin(client, server.kiosk_token, urgent)->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-03"))->status == 201);
  const auto before = version(client, server);

  // No body at all, as a bare button press sends it.
  const auto first = call_next(client, server);
  REQUIRE(first);
  CHECK(first->status == 200);
  CHECK(body_json(first)["ticket"] == "A-02");
  CHECK(body_json(first)["state"] == "called");
  CHECK(body_json(first)["room"] == "Room 1");
  CHECK(version(client, server) == before + 1);
  CHECK(body_json(first) == visit(client, server, "A-02"));

  const auto second = call_next(client, server, "{}");
  CHECK(body_json(second)["ticket"] == "A-01");
  CHECK(body_json(second)["room"] == "Room 2");

  // Every room busy: 409, and with a room named, that room is occupied.
  const auto full = call_next(client, server, "{}");
  CHECK(full->status == 409);
  CHECK(is_error_envelope(full->body));
  CHECK(error_of(full)["code"] == "no_free_room");
  const auto named = call_next(client, server, R"({"room":"Room 2"})");
  CHECK(named->status == 409);
  CHECK(error_of(named)["code"] == "room_occupied");
  CHECK(error_of(named)["message"].get<std::string>().find("Room 2") != std::string::npos);
  CHECK(visit(client, server, "A-03")["state"] == "waiting");

  // A named free room.
  REQUIRE(staff_post(client, server, "/api/v1/tickets/A-01/requeue", "{}")->status == 200);
  const auto into = call_next(client, server, R"({"room":"Room 2"})");
  CHECK(into->status == 200);
  CHECK(body_json(into)["ticket"] == "A-01");
  CHECK(body_json(into)["room"] == "Room 2");
}

TEST_CASE("call-next with nobody waiting, an unknown room or a bad body is refused clearly") {
  TestServer server;
  auto client = server.client();
  const auto nobody = call_next(client, server);
  REQUIRE(nobody);
  CHECK(nobody->status == 409);
  CHECK(is_error_envelope(nobody->body));
  CHECK(error_of(nobody)["code"] == "nobody_waiting");

  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto before = version(client, server);
  struct Case {
    std::string body;
    int status;
    std::string code;
  };
  const std::vector<Case> cases = {
      {R"({"room":"Broom cupboard"})", 422, "unknown_room"},
      {R"({"room":""})", 400, "invalid_field"},
      {R"({"room":7})", 400, "invalid_field"},
      {R"({"room":"Room 1","ticket":"A-01"})", 400, "invalid_field"},
      {R"(["Room 1"])", 400, "invalid_field"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.body);
    const auto res = call_next(client, server, c.body);
    REQUIRE(res);
    CHECK(res->status == c.status);
    CHECK(is_error_envelope(res->body));
    CHECK(error_of(res)["code"] == c.code);
  }
  CHECK(version(client, server) == before);
  CHECK(visit(client, server, "A-01")["state"] == "waiting");
  const auto display = client.Post("/api/v1/queue/call-next", bearer(server.display_token), "{}",
                                   "application/json");
  CHECK(display->status == 403);
}

TEST_CASE("a held lobby long-poll wakes when the desk presses call-next") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto before = version(client, server);
  HeldLongPoll lobby(server, before);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto pressed = std::chrono::steady_clock::now();
  CHECK(call_next(client, server)->status == 200);
  auto [status, body] = lobby.finish();
  CHECK(std::chrono::steady_clock::now() - pressed < std::chrono::seconds(5));
  CHECK(status == 200);
  REQUIRE(body["now_serving"].size() == 1);
  CHECK(body["now_serving"][0]["ticket"] == "A-01");
  CHECK(body["now_serving"][0]["room"] == "Room 1");
  CHECK(body["waiting"] == json::array());
}
