#include "stillpoint/sync/outbox.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>

#include "stillpoint/core/uuid.h"
#include "temp_dir.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using stillpoint::testing::TempDir;

namespace {

TimePoint local_noon(int y, unsigned m, unsigned d) {
  return local_midnight(Date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)}) +
         std::chrono::hours(12);
}

CheckinDraft walk_in() {
  CheckinDraft draft;
  draft.service = "massage";
  return draft;
}

}  // namespace

TEST_CASE("enqueue issues consecutive tickets and commits one row per check-in") {
  TempDir dir;
  ManualTimeSource clock(local_noon(2026, 3, 2));
  Outbox outbox(dir / "outbox.db", "A", clock);
  const auto first = outbox.enqueue_checkin(walk_in());
  const auto second = outbox.enqueue_checkin(walk_in());
  CHECK(first.ticket == "A-01");
  CHECK(second.ticket == "A-02");
  CHECK(is_uuid_v4(first.id));
  CHECK(first.id != second.id);
  CHECK(outbox.stats().depth == 2);
  CHECK(outbox.oldest()->id == first.id);
  CHECK(outbox.integrity_check() == "ok");
}

TEST_CASE("the stored body is the API request with the issued id, ticket and created_at") {
  TempDir dir;
  ManualTimeSource clock(local_noon(2026, 3, 2));
  Outbox outbox(dir / "outbox.db", "KB", clock);
  CheckinDraft draft;
  draft.kind = VisitKind::appointment;
  draft.claim = OfflineClaim{Date{std::chrono::year(1980), std::chrono::month(5), std::chrono::day(17)},
                             "J"};
  draft.language = "es";
  draft.urgent = true;
  const auto issued = outbox.enqueue_checkin(draft);
  const auto body = nlohmann::json::parse(outbox.oldest()->body);
  CHECK(body["id"] == issued.id);
  CHECK(body["ticket"] == "KB-01");
  CHECK(body["kind"] == "appointment");
  CHECK(body["claim"] == nlohmann::json{{"birth_date", "1980-05-17"}, {"first_initial", "J"}});
  CHECK_FALSE(body.contains("appointment_id"));
  CHECK(body["language"] == "es");
  CHECK(body["urgent"] == true);
  CHECK(parse_timestamp(body["created_at"].get<std::string>()) == issued.created_at);
}

TEST_CASE("inconsistent drafts are refused and use no ticket number") {
  TempDir dir;
  ManualTimeSource clock(local_noon(2026, 3, 2));
  Outbox outbox(dir / "outbox.db", "A", clock);
  CheckinDraft both;
  both.kind = VisitKind::appointment;
  both.appointment_id = "appt-1";
  both.claim = OfflineClaim{};
  CHECK_THROWS_AS(outbox.enqueue_checkin(both), std::invalid_argument);
  CheckinDraft walk_in_with_claim;
  walk_in_with_claim.claim = OfflineClaim{};
  CHECK_THROWS_AS(outbox.enqueue_checkin(walk_in_with_claim), std::invalid_argument);
  CheckinDraft bad_initial;
  bad_initial.kind = VisitKind::appointment;
  bad_initial.claim = OfflineClaim{{}, "jo"};
  CHECK_THROWS_AS(outbox.enqueue_checkin(bad_initial), std::invalid_argument);
  CHECK(outbox.enqueue_checkin(walk_in()).ticket == "A-01");
  CHECK(outbox.stats().depth == 1);
}

TEST_CASE("the counter survives reopening and resets on a new local day") {
  TempDir dir;
  ManualTimeSource clock(local_noon(2026, 3, 2));
  {
    Outbox outbox(dir / "outbox.db", "A", clock);
    for (int i = 0; i < 3; ++i) outbox.enqueue_checkin(walk_in());
  }
  {
    // Reopening is what a power cut looks like to the next start: the counter and the rows
    // moved together, so the next ticket follows the last one that was given out.
    Outbox outbox(dir / "outbox.db", "A", clock);
    CHECK(outbox.stats().depth == 3);
    CHECK(outbox.enqueue_checkin(walk_in()).ticket == "A-04");
    clock.advance(std::chrono::hours(11) + std::chrono::minutes(59));  // 23:59 same day
    CHECK(outbox.enqueue_checkin(walk_in()).ticket == "A-05");
    clock.advance(std::chrono::minutes(2));  // 00:01 next day
    CHECK(outbox.enqueue_checkin(walk_in()).ticket == "A-01");
    CHECK(outbox.enqueue_checkin(walk_in()).ticket == "A-02");
    CHECK(outbox.stats().depth == 7);
    CHECK(outbox.integrity_check() == "ok");
  }
}

TEST_CASE("the day's 999 tickets can be used, and the thousandth is refused without a row") {
  TempDir dir;
  ManualTimeSource clock(local_noon(2026, 3, 2));
  Outbox outbox(dir / "outbox.db", "A", clock);
  std::string last;
  for (int i = 0; i < 999; ++i) last = outbox.enqueue_checkin(walk_in()).ticket;
  CHECK(last == "A-999");
  CHECK_THROWS_AS(outbox.enqueue_checkin(walk_in()), std::runtime_error);
  CHECK(outbox.stats().depth == 999);
}

TEST_CASE("delivered rows leave, held rows move aside in order and stay listed for staff") {
  TempDir dir;
  ManualTimeSource clock(local_noon(2026, 3, 2));
  Outbox outbox(dir / "outbox.db", "A", clock);
  const auto a = outbox.enqueue_checkin(walk_in());
  clock.advance(std::chrono::seconds(30));
  const auto b = outbox.enqueue_checkin(walk_in());
  const auto c = outbox.enqueue_checkin(walk_in());
  CHECK(outbox.stats().oldest_created_at == a.created_at);
  outbox.mark_delivered(a.id);
  CHECK(outbox.stats().oldest_created_at == b.created_at);
  outbox.hold(b.id, 422, "idempotency_conflict");
  CHECK(outbox.oldest()->id == c.id);
  const auto held = outbox.held_items();
  REQUIRE(held.size() == 1);
  CHECK(held[0].id == b.id);
  CHECK(held[0].ticket == "A-02");
  CHECK(held[0].http_status == 422);
  CHECK(held[0].error_code == "idempotency_conflict");
  CHECK(outbox.stats().held == 1);
  CHECK(outbox.stats().depth == 1);
  CHECK(outbox.discard_held(b.id));
  CHECK_FALSE(outbox.discard_held(b.id));
  CHECK(outbox.stats().held == 0);
}

TEST_CASE("the outbox file is WAL and overwrites delivered answers (secure_delete)") {
  TempDir dir;
  ManualTimeSource clock(local_noon(2026, 3, 2));
  const std::string sentinel = "SENTINEL-ZEBRA-ANSWER";
  {
    Outbox outbox(dir / "outbox.db", "A", clock);
    outbox.enqueue_checkin(walk_in());
    CHECK(std::filesystem::exists(dir / "outbox.db-wal"));
    CheckinDraft answered = walk_in();
    answered.response = nlohmann::json{{"answer", sentinel}};
    outbox.mark_delivered(outbox.enqueue_checkin(answered).id);
    CHECK(outbox.integrity_check() == "ok");
  }
  // Closing the last connection checkpoints the WAL into the main file and removes the WAL.
  std::ifstream in(dir / "outbox.db", std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(bytes.size() > 0);
  CHECK(bytes.find(sentinel) == std::string::npos);
}
