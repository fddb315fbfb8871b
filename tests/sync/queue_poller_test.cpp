#include "stillpoint/sync/queue_poller.h"

#include <doctest/doctest.h>

#include <atomic>
#include <mutex>

#include "stub_server.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;

namespace {

std::string queue_body(int version, const std::string& ticket) {
  return R"({"version":)" + std::to_string(version) +
         R"(,"now_serving":[{"ticket":"B-01","room":"Room 1","since":"2026-03-02T10:00:00Z"}],)"
         R"("waiting":[{"ticket":")" + ticket +
         R"(","position":1}],"wait_minutes":[5,10],"updated_at":"2026-03-02T10:01:00Z"})";
}

}  // namespace

TEST_CASE("queue bodies are read strictly") {
  const auto view = parse_queue_view(queue_body(7, "A-03"));
  REQUIRE(view.has_value());
  CHECK(view->version == 7);
  CHECK(view->now_serving.at(0).room == "Room 1");
  CHECK(view->waiting.at(0).ticket == "A-03");
  CHECK(view->wait_minutes == std::pair{5, 10});
  const auto empty = parse_queue_view(
      R"({"version":1,"now_serving":[],"waiting":[],"wait_minutes":null,"updated_at":"2026-03-02T10:01:00Z"})");
  REQUIRE(empty.has_value());
  CHECK_FALSE(empty->wait_minutes.has_value());
  // A name in the lobby payload is a breach: unknown fields are refused, not ignored.
  CHECK_FALSE(parse_queue_view(
      R"({"version":1,"now_serving":[],"waiting":[{"ticket":"A-01","position":1,"name":"X"}],"wait_minutes":null,"updated_at":"2026-03-02T10:01:00Z"})"));
  CHECK_FALSE(parse_queue_view("not json"));
}

TEST_CASE("the poller long-polls with after, wait and If-None-Match and delivers new versions") {
  StubServer stub;
  std::atomic<int> version{1};
  std::mutex mutex;
  std::vector<std::string> queries;
  stub.http().Get("/api/v1/queue", [&](const httplib::Request& req, httplib::Response& res) {
    {
      std::lock_guard lock(mutex);
      queries.push_back(req.get_param_value("after") + "|" + req.get_param_value("wait") + "|" +
                        req.get_header_value("If-None-Match"));
    }
    const int v = version;
    if (req.has_param("after") && std::stoi(req.get_param_value("after")) >= v) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      res.status = 204;
      return;
    }
    res.set_header("ETag", "\"q" + std::to_string(v) + "\"");
    res.set_content(queue_body(v, "A-0" + std::to_string(v)), "application/json");
  });
  stub.start();
  ManualTimeSource clock(Clock::now());
  std::vector<std::int64_t> seen;
  QueuePollerOptions options;
  options.server = ServerEndpoint{stub.url(), "tok"};
  options.long_poll_wait = std::chrono::seconds(1);
  QueuePoller poller(options, clock, [&](const QueueView& view) {
    std::lock_guard lock(mutex);
    seen.push_back(view.version);
  });
  poller.start();
  auto wait_for = [&](std::size_t n) {
    for (int i = 0; i < 500; ++i) {
      {
        std::lock_guard lock(mutex);
        if (seen.size() >= n) return true;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  };
  REQUIRE(wait_for(1));
  version = 2;
  REQUIRE(wait_for(2));
  poller.stop();
  std::lock_guard lock(mutex);
  CHECK(seen == std::vector<std::int64_t>{1, 2});
  CHECK(queries.front() == "||");
  CHECK(std::find(queries.begin(), queries.end(), "1|1|\"q1\"") != queries.end());
  CHECK_FALSE(poller.status().stale);
  CHECK(poller.latest()->waiting.at(0).ticket == "A-02");
}

TEST_CASE("with no server the feed is unreachable and stale, and stop() returns promptly") {
  ManualTimeSource clock(Clock::now());
  QueuePollerOptions options;
  options.server = ServerEndpoint{"http://127.0.0.1:9", "tok"};
  QueuePoller poller(options, clock, nullptr);
  poller.start();
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  const auto status = poller.status();
  CHECK_FALSE(status.reachable);
  CHECK(status.stale);
  CHECK_FALSE(status.age.has_value());
  poller.stop();
}
