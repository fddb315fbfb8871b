// The QuestionnaireResponse: canonical, authored, completed, no subject, no empty groups.
#include <doctest/doctest.h>

#include "form_builder.h"
#include "stillpoint/core/forms/form_session.h"

using namespace stillpoint;
using namespace stillpoint::forms;
using namespace forms_test;

TEST_CASE("forms: the response cites url|version, is completed, authored from the injected time, and has no subject") {
  FormSession s(load(json::array({item("a", "string")})));
  s.set_answer("a", std::string("x"));
  const TimePoint at = *parse_timestamp("2026-11-21T14:30:00Z");
  const json r = s.build_response(at);
  CHECK(r["resourceType"] == "QuestionnaireResponse");
  CHECK(r["status"] == "completed");
  CHECK(r["questionnaire"] == "https://example.org/q|2");
  CHECK(parse_timestamp(r["authored"].get<std::string>()) == at);
  CHECK_FALSE(r.contains("subject"));
  CHECK_FALSE(r.contains("author"));
}

TEST_CASE("forms: a questionnaire without a version is cited by url alone") {
  json q = questionnaire(json::array({item("a", "string")}));
  q.erase("version");
  FormSession s(load_questionnaire(q));
  CHECK(s.build_response(*parse_timestamp("2026-11-21T14:30:00Z"))["questionnaire"] == "https://example.org/q");
}

TEST_CASE("forms: groups nest as in the questionnaire and empty groups are left out") {
  FormSession s(load(json::array({
      item("g1", "group", {{"item", json::array({item("a", "string"), item("g2", "group", {{"item", json::array({item("b", "string")})}})})}}),
      item("g3", "group", {{"item", json::array({item("c", "string")})}}),
  })));
  s.set_answer("b", std::string("deep"));
  const json r = s.build_response(*parse_timestamp("2026-11-21T14:30:00Z"));
  REQUIRE(r["item"].size() == 1);
  CHECK(r["item"][0]["linkId"] == "g1");
  REQUIRE(r["item"][0]["item"].size() == 1);
  CHECK(r["item"][0]["item"][0]["linkId"] == "g2");
  CHECK(r["item"][0]["item"][0]["item"][0]["answer"][0]["valueString"] == "deep");
}

TEST_CASE("forms: an unanswered form gives a response with no items at all") {
  FormSession s(load(json::array({item("a", "string")})));
  CHECK_FALSE(s.build_response(*parse_timestamp("2026-11-21T14:30:00Z")).contains("item"));
}
