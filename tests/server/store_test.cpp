// SqliteStore: schema versioning, pragmas and atomic transactions.
#include <doctest/doctest.h>

#include <sqlite3.h>

#include "store/sqlite_store.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;

namespace {
// Runs a one-value query on a separate raw connection.
std::string query_text(const std::filesystem::path& db, const char* sql) {
  SqliteDb raw(db.string());
  auto& q = raw.prepare(sql);
  std::string out = q.step() ? q.text(0) : "";
  q.reset();
  return out;
}
}  // namespace

TEST_CASE(
    "GIVEN a new database WHEN opened THEN it is migrated to the current schema in WAL mode") {
  TempDir dir;
  const auto path = dir.path() / "new.db";
  { SqliteStore store(path.string()); }
  CHECK(query_text(path, "PRAGMA user_version") == std::to_string(SqliteStore::schema_version()));
  CHECK(query_text(path, "PRAGMA journal_mode") == "wal");
  { SqliteStore reopened(path.string()); }  // migrating twice is a no-op
  CHECK(query_text(path, "PRAGMA user_version") == std::to_string(SqliteStore::schema_version()));
}

TEST_CASE("GIVEN a database from a newer Stillpoint WHEN opened THEN it is refused untouched") {
  TempDir dir;
  const auto path = dir.path() / "future.db";
  {
    SqliteDb raw(path.string());
    raw.exec("PRAGMA user_version = 99");
  }
  CHECK_THROWS_AS(SqliteStore(path.string()), std::runtime_error);
  CHECK(query_text(path, "PRAGMA user_version") == "99");
}

TEST_CASE("GIVEN a transaction that fails halfway WHEN it throws THEN none of its writes remain") {
  TempDir dir;
  SqliteStore store((dir.path() / "tx.db").string());
  Appointment a{"appt-1", "Jo", "Ray", date("1990-04-01"), local_time("2026-03-10T10:00"),
                "Dr",     "x"};
  CHECK_THROWS_AS(store.in_transaction([&] {
    store.insert_appointment(a);
    store.insert_appointment(a);  // duplicate id: the second insert fails
  }),
                  SqliteError);
  CHECK_FALSE(store.find_appointment("appt-1").has_value());
  store.in_transaction([&] { store.insert_appointment(a); });
  CHECK(store.find_appointment("appt-1").has_value());
}

TEST_CASE(
    "GIVEN a store WHEN a visit names a device that does not exist THEN it is refused: "
    "foreign keys are enforced") {
  TempDir dir;
  const auto path = dir.path() / "pragmas.db";
  SqliteStore store(path.string());
  VisitRecord v;
  v.id = "visit-1";
  v.ticket = "A-01";
  v.day = date("2026-03-10");
  v.kiosk_id = 12345;
  CHECK_THROWS_AS(store.insert_visit(v), SqliteError);
}

TEST_CASE(
    "GIVEN visits with answers WHEN the day is read as summaries THEN the same visits come in "
    "the same order without answers, fingerprints or stored replies") {
  TempDir dir;
  SqliteStore store((dir.path() / "summaries.db").string());
  Device kiosk;
  kiosk.name = "kiosk-a";
  kiosk.ticket_prefix = "A";
  const auto kiosk_id = store.insert_device({kiosk, "hash-a"});
  const Date day = date("2026-03-10");
  for (int i = 1; i <= 3; ++i) {
    VisitRecord v;
    v.id = "visit-" + std::to_string(i);
    v.ticket = "A-0" + std::to_string(i);
    v.day = day;
    v.kiosk_id = kiosk_id;
    v.urgent = i == 3;
    v.arrived_at = local_time(("2026-03-10T10:0" + std::to_string(4 - i)).c_str());  // A-03 came first
    v.state_since = v.arrived_at;
    v.response_json = R"({"resourceType":"QuestionnaireResponse","note":"Zebulon Sentinel"})";
    v.fingerprint_hash = "digest-" + std::to_string(i);
    v.result_body = R"({"ticket":"A-0)" + std::to_string(i) + "\"}";
    store.insert_visit(v);
  }
  const auto full = store.visits_on(day);
  const auto summaries = store.visit_summaries_on(day);
  REQUIRE(full.size() == 3);
  REQUIRE(summaries.size() == 3);
  for (std::size_t i = 0; i < full.size(); ++i) {
    CAPTURE(i);
    CHECK(summaries[i].id == full[i].id);
    CHECK(summaries[i].ticket == full[i].ticket);
    CHECK(summaries[i].urgent == full[i].urgent);
    CHECK(summaries[i].arrived_at == full[i].arrived_at);
    CHECK(summaries[i].kiosk_name == "kiosk-a");
    CHECK(full[i].response_json.has_value());
    CHECK_FALSE(summaries[i].response_json.has_value());
    CHECK(summaries[i].fingerprint_hash.empty());
    CHECK(summaries[i].result_body.empty());
  }
  CHECK(summaries.front().ticket == "A-03");
}
