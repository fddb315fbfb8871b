#include <algorithm>

#include <doctest/doctest.h>

#include "intake_harness.h"

namespace stillpoint::kiosk_intake::test {

namespace {
bool has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}
}  // namespace

TEST_CASE("a person fills the default form by touch and the response holds their answers") {
  IntakeHarness h;
  fill_default_form(h);
  h.tap_label(h.flow->strings().get("intake.submit"));

  REQUIRE(h.submits == 1);
  const auto& r = *h.response;
  CHECK(r["resourceType"] == "QuestionnaireResponse");
  CHECK(r["status"] == "completed");
  const auto reasons = codes_of(r, "reason");
  CHECK(reasons.size() == 2);
  CHECK(has(reasons, "stress-anxiety"));
  CHECK(has(reasons, "other"));
  REQUIRE(answers_of(r, "reason-other").size() == 1);
  CHECK(answers_of(r, "reason-other")[0]["valueString"] == "jaw clenching");
  REQUIRE(answers_of(r, "stress-today").size() == 1);
  CHECK(answers_of(r, "stress-today")[0]["valueInteger"] == 6);
  CHECK(codes_of(r, "sleep-week") == std::vector<std::string>{"up-and-down"});
  const auto tension = codes_of(r, "tension-areas");
  CHECK(tension.size() == 3);
  CHECK(has(tension, "shoulders"));
  CHECK(has(tension, "lower-back"));
  CHECK(has(tension, "knees"));
  CHECK_FALSE(has(tension, "hands"));  // tapped twice: undone
  CHECK(codes_of(r, "avoid-areas") == std::vector<std::string>{"abdomen"});
  CHECK(codes_of(r, "pressure") == std::vector<std::string>{"medium"});
  CHECK(codes_of(r, "consent") == std::vector<std::string>{"agree"});
  CHECK(codes_of(r, "surgery-injury") == std::vector<std::string>{"no"});
  CHECK(codes_of(r, "blood-clots") == std::vector<std::string>{"not-sure"});
  CHECK(codes_of(r, "pregnant") == std::vector<std::string>{"yes"});
  REQUIRE(answers_of(r, "pregnancy-weeks").size() == 1);
  CHECK(answers_of(r, "pregnancy-weeks")[0]["valueInteger"] == 24);
  CHECK(answers_of(r, "anything-else")[0]["valueString"] == "please go gently");
  CHECK(codes_of(r, "talk-care-team") == std::vector<std::string>{"yes-asap"});
  CHECK(h.urgent);
}

TEST_CASE("choosing to talk after the session is not urgent") {
  IntakeHarness h;
  fill_default_form(h);
  h.flow->change_answer("talk-care-team");
  h.app->pump();
  h.tap_label("Yes, after my session");
  h.tap_label(h.flow->strings().get("intake.back_to_review"));
  h.tap_label(h.flow->strings().get("intake.submit"));
  REQUIRE(h.submits == 1);
  CHECK_FALSE(h.urgent);
}

TEST_CASE("a submitted form leaves no answer in the flow") {
  IntakeHarness h;
  fill_default_form(h);
  h.tap_label(h.flow->strings().get("intake.submit"));
  REQUIRE(h.submits == 1);
  CHECK_FALSE(h.flow->session().has_entries());
  CHECK(h.flow->view() == IntakeFlow::View::page);
  CHECK(h.flow->page() == 0);
  CHECK_FALSE(h.drew("jaw clenching"));
}

TEST_CASE("back on the first page asks the kiosk to leave the form") {
  IntakeHarness h;
  h.tap_label(h.flow->strings().get("intake.back"));
  CHECK(h.cancels == 1);
}

}  // namespace stillpoint::kiosk_intake::test
