// Retention purge and the integrity check.
#include <doctest/doctest.h>

#include "store/sqlite_store.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

namespace {
CheckinRequest with_answer(const ClinicFixture& f, const std::string& ticket,
                           const std::string& answer) {
  auto r = f.walk_in(ticket);
  r.response =
      nlohmann::json{{"resourceType", "QuestionnaireResponse"},
                     {"item", {{{"linkId", "reason"}, {"answer", {{{"valueString", answer}}}}}}}};
  r.fingerprint = fingerprint_of(r);
  return r;
}
}  // namespace

TEST_CASE(
    "GIVEN answers from 31 days ago and from today WHEN purged with 30 days' retention THEN "
    "only the old answers are gone, from the file too") {
  ClinicFixture f;
  const auto old_request = with_answer(f, "A-01", "Zebulon-old-answer-sentinel");
  f.check_in_ok(old_request);
  f.clock.advance(24h * 31);
  const auto new_request = with_answer(f, "A-01", "Zebulon-new-answer-sentinel");
  f.check_in_ok(new_request);
  REQUIRE(database_bytes(f.db_path()).find("Zebulon-old-answer-sentinel") != std::string::npos);

  CHECK(f.clinic->purge_expired_answers() == 1);
  CHECK(f.clinic->purge_expired_answers() == 0);

  SqliteStore store(f.db_path().string());
  const auto old_visit = store.find_visit(old_request.id);
  REQUIRE(old_visit.has_value());
  CHECK_FALSE(old_visit->response_json.has_value());
  CHECK(store.find_visit(new_request.id)->response_json.has_value());
  const auto bytes = database_bytes(f.db_path());
  CHECK(bytes.find("Zebulon-old-answer-sentinel") == std::string::npos);
  CHECK(bytes.find("Zebulon-new-answer-sentinel") != std::string::npos);
}

TEST_CASE("GIVEN answers exactly within retention WHEN purged THEN they stay") {
  ClinicFixture f;
  f.check_in_ok(with_answer(f, "A-01", "recent"));
  f.clock.advance(24h * 30 - 1min);
  CHECK(f.clinic->purge_expired_answers() == 0);
}

TEST_CASE("GIVEN a healthy database WHEN checked THEN ok") {
  ClinicFixture f;
  f.check_in_ok(f.walk_in("A-01"));
  CHECK(f.clinic->integrity_check() == "ok");
}
