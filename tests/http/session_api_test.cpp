// The staff console's session: sign in, use the cookie, forged requests refused, rate limits,
// sign out.
#include <doctest/doctest.h>

#include "raw_http.h"
#include "security/password.h"
#include "store/sqlite_store.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

const std::string password = "correct horse battery";

// A staff account hashed with few PBKDF2 iterations (add-staff uses 600,000): verification
// reads the count from the stored hash, so the sign-in rules are the same, only faster.
void add_staff(TestServer& server, const std::string& user, const std::string& pw) {
  SqliteStore store((server.root() / "clinic.db").string());
  store.upsert_staff(user, hash_password(pw, 1000));
}

httplib::Result sign_in(httplib::Client& client, const std::string& user, const std::string& pw,
                        httplib::Headers headers = {}) {
  return client.Post("/api/v1/session", headers, json{{"user", user}, {"password", pw}}.dump(),
                     "application/json");
}

// "sp_session=TOKEN" from a Set-Cookie header.
std::string cookie_of(const httplib::Result& res) {
  const auto header = res->get_header_value("Set-Cookie");
  return header.substr(0, header.find(';'));
}

struct SignedIn {
  TestServer server;
  std::string cookie;
  SignedIn() {
    add_staff(server, "alice", password);
    auto client = server.client();
    const auto res = sign_in(client, "alice", password);
    REQUIRE(res);
    REQUIRE(res->status == 204);
    cookie = cookie_of(res);
  }
  httplib::Headers console(bool json_body = true) const {
    httplib::Headers h{{"Cookie", cookie}};
    if (json_body) h.emplace("Origin", "http://127.0.0.1:" + std::to_string(server.port()));
    return h;
  }
};

}  // namespace

TEST_CASE("signing in sets an HttpOnly SameSite=Strict session cookie") {
  TestServer server;
  add_staff(server, "alice", password);
  auto client = server.client();
  const auto res = sign_in(client, "alice", password);
  REQUIRE(res);
  CHECK(res->status == 204);
  const auto cookie = res->get_header_value("Set-Cookie");
  CHECK(cookie.starts_with("sp_session="));
  CHECK(cookie.size() > std::string("sp_session=").size() + 16);
  CHECK(cookie.find("; HttpOnly") != std::string::npos);
  CHECK(cookie.find("; SameSite=Strict") != std::string::npos);
  CHECK(cookie.find("; Path=/") != std::string::npos);
  CHECK(cookie.find("Secure") == std::string::npos);  // plain HTTP on loopback

  const auto behind_tls = sign_in(client, "alice", password, {{"X-Forwarded-Proto", "https"}});
  CHECK(behind_tls->get_header_value("Set-Cookie").find("; Secure") != std::string::npos);

  CHECK(sign_in(client, "alice", "wrong password")->status == 401);
  CHECK(sign_in(client, "mallory", password)->status == 401);
}

TEST_CASE("the session cookie serves the console's reads and JSON writes") {
  SignedIn s;
  auto client = s.server.client();
  const auto who = client.Get("/api/v1/session", s.console());
  REQUIRE(who);
  CHECK(who->status == 200);
  CHECK(body_json(who) == json{{"user", "alice"}, {"idle_minutes", 15}});
  CHECK(client.Get("/api/v1/checkins", s.console())->status == 200);
  CHECK(client.Get("/api/v1/queue", s.console())->status == 200);
  // The console shows intake questions in its own language from the form.
  CHECK(client.Get("/api/v1/forms/intake", s.console())->status == 200);
  CHECK(client.Get("/api/v1/rooms", s.console())->status == 200);
  CHECK(client.Get("/api/v1/content/playlist", s.console())->status == 401);  // screens only

  REQUIRE(post_checkin(client, s.server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto called = client.Post("/api/v1/tickets/A-01/call", s.console(), R"({"room":"Room 1"})",
                                  "application/json");
  REQUIRE(called);
  CHECK(called->status == 200);
  const auto started = client.Post("/api/v1/tickets/A-01/start", s.console(), "{}", "application/json");
  CHECK(started->status == 200);
}

TEST_CASE("GET /api/v1/session tells the page the configured idle time") {
  ServerConfig config;
  config.staff_session_idle_minutes = 7;
  TestServer server(config);
  add_staff(server, "alice", password);
  auto client = server.client();
  const auto signed_in = sign_in(client, "alice", password);
  REQUIRE(signed_in->status == 204);
  const auto who = client.Get("/api/v1/session", {{"Cookie", cookie_of(signed_in)}});
  REQUIRE(who);
  CHECK(body_json(who) == json{{"user", "alice"}, {"idle_minutes", 7}});
}

TEST_CASE("background polling does not keep an unattended console signed in, activity does") {
  using namespace std::chrono_literals;
  SignedIn s;  // idle limit: the default 15 minutes
  auto client = s.server.client();

  // GIVEN the page keeps long-polling the queue while nobody touches it
  s.server.clock().advance(10min);
  CHECK(client.Get("/api/v1/queue", s.console(false))->status == 200);
  CHECK(client.Get("/api/v1/checkins", s.console(false))->status == 200);
  // WHEN 15 minutes have passed since the last real activity
  s.server.clock().advance(6min);
  // THEN the session has ended, polling or not
  CHECK(client.Get("/api/v1/queue", s.console(false))->status == 401);

  // GIVEN a fresh session, the page's activity ping slides the expiry
  SignedIn t;
  auto other = t.server.client();
  t.server.clock().advance(10min);
  CHECK(other.Get("/api/v1/session", t.console(false))->status == 200);
  t.server.clock().advance(10min);
  CHECK(other.Get("/api/v1/queue", t.console(false))->status == 200);
}

TEST_CASE("a forged cross-site request with the cookie is refused and changes nothing") {
  SignedIn s;
  auto client = s.server.client();
  REQUIRE(post_checkin(client, s.server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto version = s.server.clinic().queue_snapshot().version;

  // What an HTML form on another site sends: a form body, the cookie, a foreign Origin.
  httplib::Headers form{{"Cookie", s.cookie}, {"Origin", "https://evil.example"}};
  const auto as_form = client.Post("/api/v1/tickets/A-01/call", form, "room=Room+1",
                                   "application/x-www-form-urlencoded");
  REQUIRE(as_form);
  CHECK(as_form->status == 403);
  CHECK(is_error_envelope(as_form->body));
  const auto as_text = client.Post("/api/v1/tickets/A-01/start", form, "", "text/plain");
  CHECK(as_text->status == 403);
  // JSON from a foreign origin (a script elsewhere) is refused too.
  const auto foreign = client.Post("/api/v1/tickets/A-01/call", form, R"({"room":"Room 1"})",
                                   "application/json");
  CHECK(foreign->status == 403);
  CHECK(s.server.clinic().queue_snapshot().version == version);
  CHECK(s.server.clinic().visits(std::nullopt).front().state == VisitState::waiting);
}

TEST_CASE("five failed sign-ins a minute per account and then 429 even for the right password") {
  TestServer server;
  add_staff(server, "alice", password);
  auto client = server.client();
  for (int i = 0; i < 5; ++i) CHECK(sign_in(client, "alice", "guess " + std::to_string(i))->status == 401);
  const auto limited = sign_in(client, "alice", password);
  REQUIRE(limited);
  CHECK(limited->status == 429);
  CHECK(!limited->get_header_value("Retry-After").empty());
  CHECK(limited->get_header_value("Set-Cookie").empty());
  CHECK(is_error_envelope(limited->body));

  server.clock().advance(std::chrono::seconds(61));
  CHECK(sign_in(client, "alice", password)->status == 204);
}

TEST_CASE("failed sign-ins are limited per client address across accounts") {
  TestServer server;
  add_staff(server, "alice", password);
  auto client = server.client();
  for (int i = 0; i < 5; ++i) {
    const std::string user = "staff" + std::to_string(i);
    add_staff(server, user, password);
    CHECK(sign_in(client, user, "guess")->status == 401);
  }
  CHECK(sign_in(client, "alice", password)->status == 429);
}

TEST_CASE("signing out ends the session and clears the cookie") {
  SignedIn s;
  auto client = s.server.client();
  const auto out = client.Delete("/api/v1/session", s.console(), "", "application/json");
  REQUIRE(out);
  CHECK(out->status == 204);
  const auto cleared = out->get_header_value("Set-Cookie");
  CHECK(cleared.starts_with("sp_session=;"));
  CHECK(cleared.find("Max-Age=0") != std::string::npos);
  CHECK(client.Get("/api/v1/session", s.console())->status == 401);
  CHECK(client.Get("/api/v1/checkins", s.console())->status == 401);
}

TEST_CASE("signing out with the cookie but without JSON is refused as forged") {
  SignedIn s;
  auto client = s.server.client();
  const auto out = client.Delete("/api/v1/session", {{"Cookie", s.cookie}});
  CHECK(out->status == 403);
  CHECK(client.Get("/api/v1/session", s.console())->status == 200);
}
