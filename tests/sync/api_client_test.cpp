#include "stillpoint/sync/api_client.h"

#include <doctest/doctest.h>

#include <thread>

#include <nlohmann/json.hpp>

#include "stub_server.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;

namespace {

const Date kBirth{std::chrono::year(1990), std::chrono::month(4), std::chrono::day(9)};

// Answers lookups with a fixed status and body, after an optional delay.
struct LookupServer {
  StubServer stub;
  int status = 200;
  std::string body;
  std::chrono::milliseconds delay{0};
  std::string last_body;
  LookupServer() {
    stub.http().Post("/api/v1/appointments/lookup",
                     [this](const httplib::Request& req, httplib::Response& res) {
                       last_body = req.body;
                       std::this_thread::sleep_for(delay);
                       res.status = status;
                       res.set_content(body, "application/json");
                     });
    stub.start();
  }
};

}  // namespace

TEST_CASE("lookup maps 200, 404 and 409 to found, none and several") {
  LookupServer server;
  ApiClient client(ServerEndpoint{server.stub.url(), "tok"});
  server.body = R"({"appointment_id":"ap-1","greeting_name":"Jordan R.",)"
                R"("start":"2026-03-02T10:00:00Z","practitioner":"Dr Lee"})";
  const auto found = client.lookup(kBirth, "J");
  REQUIRE(found.outcome == LookupOutcome::found);
  CHECK(found.match->appointment_id == "ap-1");
  CHECK(found.match->greeting_name == "Jordan R.");
  CHECK(nlohmann::json::parse(server.last_body) ==
        nlohmann::json{{"birth_date", "1990-04-09"}, {"first_initial", "J"}});
  server.status = 404;
  CHECK(client.lookup(kBirth, std::nullopt).outcome == LookupOutcome::none);
  CHECK(nlohmann::json::parse(server.last_body) == nlohmann::json{{"birth_date", "1990-04-09"}});
  server.status = 409;
  CHECK(client.lookup(kBirth, std::nullopt).outcome == LookupOutcome::several);
}

TEST_CASE("lookup falls to the offline path on 429, 5xx, a malformed body or no server") {
  LookupServer server;
  ApiClient client(ServerEndpoint{server.stub.url(), "tok"});
  for (int status : {429, 500, 503}) {
    server.status = status;
    CHECK(client.lookup(kBirth, std::nullopt).outcome == LookupOutcome::unavailable);
  }
  server.status = 200;
  server.body = R"({"appointment_id":"ap-1"})";
  CHECK(client.lookup(kBirth, std::nullopt).outcome == LookupOutcome::unavailable);
  ApiClient nowhere(ServerEndpoint{"http://127.0.0.1:9", "tok"});
  CHECK(nowhere.lookup(kBirth, std::nullopt).outcome == LookupOutcome::unavailable);
}

TEST_CASE("a lookup slower than the budget returns unavailable at the budget") {
  LookupServer server;
  server.status = 404;
  server.delay = std::chrono::milliseconds(1500);
  ApiClient client(ServerEndpoint{server.stub.url(), "tok"}, std::chrono::milliseconds(200));
  const auto started = std::chrono::steady_clock::now();
  CHECK(client.lookup(kBirth, std::nullopt).outcome == LookupOutcome::unavailable);
  // The caller got its answer long before the server's; the server's late 404 changed nothing.
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(1200));
}
