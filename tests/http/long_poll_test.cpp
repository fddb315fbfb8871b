// The long-poll: a held request wakes when the queue changes, ends with 204 when nothing does,
// and 64 of them held at once leave the server free for everyone else.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "test_server.h"

using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

long long queue_version(httplib::Client& client, const TestServer& server) {
  return body_json(client.Get("/api/v1/queue", bearer(server.display_token)))["version"];
}

std::string poll_path(long long after, int wait) {
  return "/api/v1/queue?after=" + std::to_string(after) + "&wait=" + std::to_string(wait);
}

}  // namespace

TEST_CASE("a held long-poll wakes with the new version when a check-in arrives") {
  TestServer server;
  auto client = server.client();
  const long long before = queue_version(client, server);
  int status = 0;
  json body;
  std::thread poller([&] {
    auto own = server.client();
    const auto res = own.Get(poll_path(before, 20), bearer(server.display_token));
    if (res) {
      status = res->status;
      body = body_json(res);
    }
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let it be held (not asserted)
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  poller.join();
  CHECK(status == 200);
  CHECK(body["version"].get<long long>() > before);
  CHECK(body["waiting"].size() == 1);
}

TEST_CASE("a long-poll with nothing new ends with 204") {
  TestServer server;
  auto client = server.client();
  const auto res = client.Get(poll_path(queue_version(client, server), 1), bearer(server.display_token));
  REQUIRE(res);
  CHECK(res->status == 204);
  CHECK(res->body.empty());
}

TEST_CASE("a long-poll behind the current version answers at once") {
  TestServer server;
  auto client = server.client();
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto res = client.Get(poll_path(0, 25), bearer(server.staff_token));
  REQUIRE(res);
  CHECK(res->status == 200);
}

TEST_CASE("64 held long-polls do not stop other requests and all wake on the next change") {
  TestServer server;
  auto client = server.client();
  const long long before = queue_version(client, server);
  constexpr int polls = 64;
  std::atomic<int> woken{0};
  std::vector<std::thread> pollers;
  for (int i = 0; i < polls; ++i) {
    pollers.emplace_back([&] {
      auto own = server.client();
      const auto res = own.Get(poll_path(before, 20), bearer(server.display_token));
      if (res && res->status == 200 && body_json(res)["version"].get<long long>() > before) ++woken;
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // let them be held (not asserted)

  // Everyone else is still served while the polls are held...
  CHECK(client.Get("/healthz")->status == 200);
  CHECK(client.Get("/api/v1/queue", bearer(server.display_token))->status == 200);
  CHECK(client.Get("/api/v1/devices", bearer(server.staff_token))->status == 200);
  // ... including the check-in that wakes them: with too few workers it would wait behind the
  // polls, which would then end with 204 instead of the new version.
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  for (auto& t : pollers) t.join();
  CHECK(woken == polls);
}
