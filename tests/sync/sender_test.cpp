#include "stillpoint/sync/sender.h"

#include <doctest/doctest.h>

#include "fakes.h"
#include "stillpoint/sync/heartbeat.h"
#include "temp_dir.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;
using stillpoint::testing::TempDir;

namespace {

struct Fixture {
  TempDir dir;
  ManualTimeSource clock{Clock::now()};
  Outbox outbox{dir / "outbox.db", "A", clock};
  ContactTracker contact;
  RecordingSleeper sleeper;
  std::vector<std::string> log;

  IssuedCheckin enqueue() {
    CheckinDraft draft;
    draft.service = "rehab";
    return outbox.enqueue_checkin(draft);
  }
  SenderOptions options(std::uint64_t seed = 5) {
    SenderOptions o;
    o.seed = seed;
    o.log = [this](const std::string& line) { log.push_back(line); };
    return o;
  }
};

}  // namespace

TEST_CASE("replies are classified: acknowledged, refused for good, or worth retrying") {
  CHECK(classify_checkin_reply(201) == ReplyAction::delivered);
  CHECK(classify_checkin_reply(200) == ReplyAction::delivered);
  for (int status : {400, 409, 413, 415, 422}) CHECK(classify_checkin_reply(status) == ReplyAction::hold);
  for (int status : {0, 401, 403, 408, 429, 500, 502, 503, 504})
    CHECK(classify_checkin_reply(status) == ReplyAction::retry);
}

TEST_CASE("the sender delivers oldest first with the id as Idempotency-Key and the stored bytes") {
  Fixture f;
  const auto first = f.enqueue();
  const auto second = f.enqueue();
  const std::string first_body = f.outbox.oldest()->body;
  ScriptedTransport transport;
  Sender sender(f.outbox, transport, f.contact, f.sleeper, f.clock, f.options());
  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(sender.deliver_one() == Delivery::idle);
  const auto sent = transport.sent();
  REQUIRE(sent.size() == 2);
  CHECK(sent[0].path == "/api/v1/checkins");
  CHECK(sent[0].idempotency_key == first.id);
  CHECK(sent[0].body == first_body);
  CHECK(sent[1].idempotency_key == second.id);
  CHECK(f.outbox.stats().depth == 0);
}

TEST_CASE("a retried check-in is resent byte for byte and removed only once acknowledged") {
  Fixture f;
  f.enqueue();
  ScriptedTransport transport({HttpReply{0, ""}, HttpReply{503, ""}, HttpReply{200, "{}"}});
  Sender sender(f.outbox, transport, f.contact, f.sleeper, f.clock, f.options());
  CHECK(sender.deliver_one() == Delivery::retry);
  CHECK(f.outbox.stats().depth == 1);
  CHECK(sender.deliver_one() == Delivery::retry);
  CHECK(f.outbox.stats().depth == 1);
  CHECK(sender.deliver_one() == Delivery::delivered);  // 200: the server's replay
  CHECK(f.outbox.stats().depth == 0);
  const auto sent = transport.sent();
  REQUIRE(sent.size() == 3);
  CHECK(sent[0].body == sent[1].body);
  CHECK(sent[1].body == sent[2].body);
  CHECK(sent[0].idempotency_key == sent[2].idempotency_key);
}

TEST_CASE("a 4xx that retrying cannot fix is held, and the next check-in is still delivered") {
  Fixture f;
  const auto refused = f.enqueue();
  const auto next = f.enqueue();
  ScriptedTransport transport(
      {HttpReply{409, R"({"error":{"code":"ticket_conflict","message":"used"}})"}});
  Sender sender(f.outbox, transport, f.contact, f.sleeper, f.clock, f.options());
  CHECK(sender.deliver_one() == Delivery::held);
  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(transport.sent()[1].idempotency_key == next.id);
  const auto held = f.outbox.held_items();
  REQUIRE(held.size() == 1);
  CHECK(held[0].id == refused.id);
  CHECK(held[0].http_status == 409);
  CHECK(held[0].error_code == "ticket_conflict");
  const auto status = f.contact.snapshot(f.outbox.stats(), f.clock.now());
  CHECK(status.held_items == 1);
  CHECK(status.outbox_depth == 0);
}

TEST_CASE("the sender thread backs off with the seeded full-jitter schedule while failing") {
  Fixture f;
  f.enqueue();
  ScriptedTransport transport({}, HttpReply{500, ""});
  Sender sender(f.outbox, transport, f.contact, f.sleeper, f.clock, f.options(99));
  sender.start();
  while (f.sleeper.waits().size() < 12) std::this_thread::yield();
  sender.stop();
  Backoff expected(BackoffPolicy{}, 99);
  const auto waits = f.sleeper.waits();
  for (std::size_t i = 0; i < 12; ++i) CHECK(waits[i] == expected.delay(static_cast<int>(i)));
  // One request per wait, plus at most the one in flight when stop() came.
  CHECK(sender.requests_sent() <= waits.size() + 1);
  CHECK(f.outbox.stats().depth == 1);
  const auto status = f.contact.snapshot(f.outbox.stats(), f.clock.now());
  CHECK_FALSE(status.server_reachable);
}

TEST_CASE("the sender thread wakes on enqueue and delivers without delay") {
  Fixture f;
  ScriptedTransport transport;
  Sender sender(f.outbox, transport, f.contact, f.sleeper, f.clock, f.options());
  f.outbox.set_on_enqueued([&] { sender.notify(); });
  sender.start();
  f.enqueue();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(900);
  while (f.outbox.stats().depth != 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  CHECK(f.outbox.stats().depth == 0);  // well before the 1 s safety poll
  sender.stop();
  const auto status = f.contact.snapshot(f.outbox.stats(), f.clock.now());
  CHECK(status.server_reachable);
  CHECK(status.last_contact == f.clock.now());
}

TEST_CASE("401 marks the credentials rejected and keeps the item queued") {
  Fixture f;
  f.enqueue();
  ScriptedTransport transport({HttpReply{401, ""}});
  Sender sender(f.outbox, transport, f.contact, f.sleeper, f.clock, f.options());
  CHECK(sender.deliver_one() == Delivery::retry);
  CHECK(f.outbox.stats().depth == 1);
  CHECK(f.outbox.stats().held == 0);
  CHECK(f.contact.snapshot(f.outbox.stats(), f.clock.now()).credentials_rejected);
}

TEST_CASE("log lines carry method, path, status and time, never the body") {
  Fixture f;
  CheckinDraft draft;
  draft.kind = VisitKind::appointment;
  draft.claim = OfflineClaim{Date{std::chrono::year(1971), std::chrono::month(1), std::chrono::day(2)}, "Z"};
  draft.response = nlohmann::json{{"name", "SENTINEL-QUINTANILLA"}};
  f.outbox.enqueue_checkin(draft);
  ScriptedTransport transport({HttpReply{500, "SENTINEL-QUINTANILLA"}, HttpReply{422, "{}"}});
  Sender sender(f.outbox, transport, f.contact, f.sleeper, f.clock, f.options());
  sender.deliver_one();
  sender.deliver_one();
  REQUIRE(f.log.size() == 2);
  CHECK(f.log[0].rfind("POST /api/v1/checkins 500 ", 0) == 0);
  for (const auto& line : f.log) {
    CHECK(line.find("SENTINEL") == std::string::npos);
    CHECK(line.find("1971") == std::string::npos);
  }
}

TEST_CASE("heartbeat reports depth, held items and the oldest age, and omits the age when empty") {
  const auto now = Clock::now();
  OutboxStats stats{3, now - std::chrono::seconds(42), 1};
  const auto body = heartbeat_body("1.2.3", stats, now);
  CHECK(body == nlohmann::json{{"version", "1.2.3"},
                               {"outbox_depth", 3},
                               {"oldest_undelivered_seconds", 42},
                               {"held_items", 1}});
  CHECK_FALSE(heartbeat_body("1.2.3", OutboxStats{}, now).contains("oldest_undelivered_seconds"));
}

TEST_CASE("the heartbeat loop posts at start and then every interval") {
  ManualTimeSource clock(Clock::now());
  ContactTracker contact;
  RecordingSleeper sleeper;
  ScriptedTransport transport({}, HttpReply{204, ""});
  HeartbeatLoop loop(transport, [] { return OutboxStats{2, std::nullopt, 0}; }, "9.9", contact,
                     sleeper, clock, std::chrono::seconds(30));
  loop.start();
  while (transport.sent().size() < 3) std::this_thread::yield();
  loop.stop();
  const auto sent = transport.sent();
  CHECK(sent[0].path == "/api/v1/heartbeat");
  CHECK(nlohmann::json::parse(sent[0].body)["outbox_depth"] == 2);
  CHECK(sent[0].idempotency_key.empty());
  CHECK(sleeper.waits()[0] == std::chrono::seconds(30));
}
