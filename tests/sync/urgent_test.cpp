// "Need help now?" after the ticket (mark_urgent), held items put back (retry_held), and the
// server's wait range kept from its answer: the outbox and sender rules, with scripted answers
// and a tiny local stub where the bytes on the wire matter.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include <thread>

#include "fakes.h"
#include "stillpoint/sync/device_sync.h"
#include "stub_server.h"
#include "temp_dir.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;
using stillpoint::testing::TempDir;

namespace {

struct Fixture {
  TempDir dir;
  ManualTimeSource clock{Clock::now()};
  std::unique_ptr<Outbox> outbox = std::make_unique<Outbox>(dir / "outbox.db", "A", clock);
  ContactTracker contact;
  RecordingSleeper sleeper;

  IssuedCheckin enqueue() {
    CheckinDraft draft;
    draft.service = "rehab";
    return outbox->enqueue_checkin(draft);
  }
  bool pending_body_urgent() {
    const auto next = outbox->oldest();
    REQUIRE(next);
    return nlohmann::json::parse(next->body).value("urgent", false);
  }
  void reopen() {
    outbox.reset();
    outbox = std::make_unique<Outbox>(dir / "outbox.db", "A", clock);
  }
};

std::string urgent_path(const std::string& id) { return "/api/v1/checkins/" + id + "/urgent"; }

CheckinDraft walk_in() {
  CheckinDraft draft;
  draft.service = "massage";
  return draft;
}

bool eventually(const std::function<bool()>& done) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return done();
}

}  // namespace

TEST_CASE("mark_urgent before delivery flags the pending row itself and costs no extra request") {
  Fixture f;
  const auto issued = f.enqueue();
  CHECK_FALSE(f.pending_body_urgent());
  CHECK(f.outbox->mark_urgent(issued.id) == UrgentMark::pending_updated);
  CHECK(f.outbox->stats().depth == 1);  // the same row, no follow-up
  CHECK(f.pending_body_urgent());
  CHECK(f.outbox->mark_urgent(issued.id) == UrgentMark::already_urgent);
  CHECK(f.outbox->stats().depth == 1);

  ScriptedTransport transport;
  Sender sender(*f.outbox, transport, f.contact, f.sleeper, f.clock);
  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(sender.deliver_one() == Delivery::idle);
  const auto sent = transport.sent();
  REQUIRE(sent.size() == 1);
  CHECK(sent[0].path == "/api/v1/checkins");
  CHECK(sent[0].idempotency_key == issued.id);
  CHECK(nlohmann::json::parse(sent[0].body).at("urgent") == true);
  CHECK(nlohmann::json::parse(sent[0].body).at("ticket") == issued.ticket);
}

TEST_CASE("mark_urgent after delivery queues one follow-up, sent in order with an empty body") {
  Fixture f;
  const auto first = f.enqueue();
  ScriptedTransport transport({}, HttpReply{201, R"({"ticket":"A-01","position":1,"wait_minutes":[5,10]})"});
  Sender sender(*f.outbox, transport, f.contact, f.sleeper, f.clock);
  REQUIRE(sender.deliver_one() == Delivery::delivered);
  const auto second = f.enqueue();  // queued before the person asked for help
  CHECK(f.outbox->mark_urgent(first.id) == UrgentMark::follow_up_queued);
  CHECK(f.outbox->mark_urgent(first.id) == UrgentMark::already_urgent);  // a second tap: nothing
  CHECK(f.outbox->stats().depth == 2);

  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(sender.deliver_one() == Delivery::idle);
  const auto sent = transport.sent();
  REQUIRE(sent.size() == 3);
  CHECK(sent[1].idempotency_key == second.id);  // in order: the older item first
  CHECK(sent[2].path == urgent_path(first.id));
  CHECK(sent[2].body.empty());
  CHECK(sent[2].idempotency_key.empty());
  CHECK(f.outbox->stats().depth == 0);
  // Once delivered, a new tap queues a new follow-up (the server answers it idempotently).
  CHECK(f.outbox->mark_urgent(first.id) == UrgentMark::follow_up_queued);
}

TEST_CASE("a check-in already handed to the sender keeps its bytes and gets a follow-up instead") {
  Fixture f;
  const auto issued = f.enqueue();
  const auto in_flight = f.outbox->next_to_send();  // the sender is posting it right now
  REQUIRE(in_flight);
  CHECK(f.outbox->mark_urgent(issued.id) == UrgentMark::follow_up_queued);
  // Changing the row would make a resend under the same Idempotency-Key a different check-in.
  CHECK(f.outbox->oldest()->body == in_flight->body);
  CHECK(f.outbox->stats().depth == 2);
}

TEST_CASE("rows found on disk at start may have been sent by the previous process") {
  Fixture f;
  const auto earlier = f.enqueue();
  f.reopen();
  CHECK(f.outbox->mark_urgent(earlier.id) == UrgentMark::follow_up_queued);
  CHECK_FALSE(f.pending_body_urgent());
  const auto later = f.enqueue();  // made by this process, never sent: changed in place
  CHECK(f.outbox->mark_urgent(later.id) == UrgentMark::pending_updated);
}

TEST_CASE("urgent follow-ups: 404 and 409 are held for staff, outages are retried with backoff") {
  CHECK(classify_urgent_reply(200) == ReplyAction::delivered);
  for (int status : {400, 404, 409, 422}) CHECK(classify_urgent_reply(status) == ReplyAction::hold);
  for (int status : {0, 401, 403, 408, 429, 500, 503})
    CHECK(classify_urgent_reply(status) == ReplyAction::retry);

  for (int refusal : {404, 409}) {
    Fixture f;
    const auto issued = f.enqueue();
    ScriptedTransport transport({HttpReply{201, "{}"}, HttpReply{503, ""}, HttpReply{0, ""},
                                 HttpReply{refusal, R"({"error":{"code":"visit_closed"}})"}});
    Sender sender(*f.outbox, transport, f.contact, f.sleeper, f.clock);
    REQUIRE(sender.deliver_one() == Delivery::delivered);
    REQUIRE(f.outbox->mark_urgent(issued.id) == UrgentMark::follow_up_queued);
    CHECK(sender.deliver_one() == Delivery::retry);
    CHECK(sender.deliver_one() == Delivery::retry);
    CHECK(sender.deliver_one() == Delivery::held);
    CHECK(sender.deliver_one() == Delivery::idle);  // never retried forever
    const auto held = f.outbox->held_items();
    REQUIRE(held.size() == 1);
    CHECK(held[0].kind == OutboxItemKind::urgent);
    CHECK(held[0].target == issued.id);
    CHECK(held[0].ticket == issued.ticket);
    CHECK(held[0].http_status == refusal);
    CHECK(held[0].error_code == "visit_closed");
    // A held follow-up counts as the flag: another tap does not pile up requests.
    CHECK(f.outbox->mark_urgent(issued.id) == UrgentMark::already_urgent);
  }
}

TEST_CASE("retry_held puts an item back at its place and the sender delivers it again") {
  Fixture f;
  const auto refused = f.enqueue();
  const auto next = f.enqueue();
  ScriptedTransport transport({HttpReply{422, R"({"error":{"code":"unknown_appointment"}})"}});
  Sender sender(*f.outbox, transport, f.contact, f.sleeper, f.clock);
  CHECK(sender.deliver_one() == Delivery::held);
  CHECK(sender.deliver_one() == Delivery::delivered);
  const auto later = f.enqueue();
  CHECK(f.outbox->stats().held == 1);
  CHECK_FALSE(f.outbox->retry_held("no-such-id"));
  CHECK(f.outbox->retry_held(refused.id));
  CHECK(f.outbox->stats().held == 0);
  CHECK(f.outbox->stats().depth == 2);
  CHECK(f.outbox->oldest()->id == refused.id);  // its original place: before `later`
  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(sender.deliver_one() == Delivery::delivered);
  const auto sent = transport.sent();
  REQUIRE(sent.size() == 4);
  CHECK(sent[2].idempotency_key == refused.id);
  CHECK(sent[2].body == sent[0].body);  // the same bytes under the same key
  CHECK(sent[3].idempotency_key == later.id);
  CHECK(sent[1].idempotency_key == next.id);
  CHECK(f.outbox->integrity_check() == "ok");
}

TEST_CASE("a held check-in marked urgent carries the flag when staff retry it") {
  Fixture f;
  const auto issued = f.enqueue();
  ScriptedTransport transport({HttpReply{409, R"({"error":{"code":"ticket_conflict"}})"}});
  Sender sender(*f.outbox, transport, f.contact, f.sleeper, f.clock);
  REQUIRE(sender.deliver_one() == Delivery::held);
  CHECK(f.outbox->mark_urgent(issued.id) == UrgentMark::pending_updated);
  CHECK(f.outbox->stats().depth == 0);  // no follow-up for a check-in the server never took
  REQUIRE(f.outbox->retry_held(issued.id));
  CHECK(f.pending_body_urgent());
  CHECK(sender.deliver_one() == Delivery::delivered);
  CHECK(transport.sent().size() == 2);
}

TEST_CASE("outboxes of version 1 are migrated and their rows delivered as check-ins") {
  TempDir dir;
  {
    ManualTimeSource clock(Clock::now());
    Outbox outbox(dir / "outbox.db", "A", clock);
  }
  // Simulate a version-1 file: no kind/target columns, user_version 1.
  {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((dir / "outbox.db").c_str(), &db) == SQLITE_OK);
    const char* v1 =
        "DROP TABLE outbox; DROP TABLE held; DROP TABLE delivered;"
        "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
        " ticket TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL);"
        "CREATE TABLE held (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ticket TEXT NOT NULL,"
        " body TEXT NOT NULL, created_at INTEGER NOT NULL, held_at INTEGER NOT NULL,"
        " http_status INTEGER NOT NULL, error_code TEXT NOT NULL);"
        "INSERT INTO outbox (id, ticket, body, created_at) VALUES ('x', 'A-01', '{}', 0);"
        "PRAGMA user_version = 1;";
    REQUIRE(sqlite3_exec(db, v1, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
  }
  ManualTimeSource clock(Clock::now());
  Outbox outbox(dir / "outbox.db", "A", clock);
  const auto next = outbox.oldest();
  REQUIRE(next);
  CHECK(next->id == "x");
  CHECK(next->kind == OutboxItemKind::checkin);
  CHECK(outbox.integrity_check() == "ok");
}

TEST_CASE("the urgent request goes out with Content-Length 0, no Content-Type and the token") {
  StubServer stub;
  std::string length = "missing";
  std::string type = "missing";
  std::string auth;
  stub.http().Post(R"(/api/v1/checkins/([^/]+)/urgent)", [&](const httplib::Request& req,
                                                            httplib::Response& res) {
    if (req.has_header("Content-Length")) length = req.get_header_value("Content-Length");
    if (req.has_header("Content-Type")) type = req.get_header_value("Content-Type");
    auth = req.get_header_value("Authorization");
    res.set_content(R"({"ticket":"A-01","urgent":true})", "application/json");
  });
  stub.start();
  HttpTransport transport(ServerEndpoint{stub.url(), "kiosk-token"});
  const auto reply = transport.post_json("/api/v1/checkins/abc/urgent", "", "");
  CHECK(reply.status == 200);
  CHECK(length == "0");
  CHECK(type == "missing");
  CHECK(auth == "Bearer kiosk-token");
}

TEST_CASE("DeviceSync keeps the wait range from the server's answer to each check-in") {
  TempDir dir;
  StubServer stub;
  int answered = 0;
  stub.http().Post("/api/v1/checkins", [&](const httplib::Request& req, httplib::Response& res) {
    const auto body = nlohmann::json::parse(req.body);
    ++answered;
    res.status = 201;
    // The second answer is malformed: it must be ignored, not guessed at.
    const nlohmann::json wait = answered == 1 ? nlohmann::json::array({12, 25})
                                              : nlohmann::json("soon");
    res.set_content(nlohmann::json{{"ticket", body.at("ticket")}, {"position", answered},
                                   {"wait_minutes", wait}}.dump(),
                    "application/json");
  });
  stub.http().Post("/api/v1/heartbeat", [](const httplib::Request&, httplib::Response& res) {
    res.status = 204;
  });
  stub.start();
  SystemTimeSource clock;
  DeviceSyncOptions options;
  options.outbox_path = dir / "outbox.db";
  options.ticket_prefix = "A";
  options.server = ServerEndpoint{stub.url(), "t"};
  options.app_version = "test";
  DeviceSync sync(options, clock);
  const auto first = sync.enqueue_checkin(walk_in());
  CHECK_FALSE(sync.wait_minutes(first.id));  // not delivered yet
  sync.start();
  REQUIRE(eventually([&] { return sync.wait_minutes(first.id).has_value(); }));
  CHECK(*sync.wait_minutes(first.id) == std::pair{12, 25});
  const auto second = sync.enqueue_checkin(walk_in());
  REQUIRE(eventually([&] { return sync.status().outbox_depth == 0; }));
  CHECK_FALSE(sync.wait_minutes(second.id));
  CHECK_FALSE(sync.wait_minutes("unknown"));
  sync.stop();
}
