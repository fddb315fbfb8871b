#include <doctest/doctest.h>

#include "intake_harness.h"
#include "stillpoint/kiosk_intake/answer_field.h"

namespace stillpoint::kiosk_intake::test {

namespace {
const char* kOther = "In a few words, what else brings you in?";
}

TEST_CASE("choosing something else shows its text question at once and un-choosing hides it") {
  IntakeHarness h;
  CHECK_FALSE(h.drew(kOther));
  CHECK(h.all<AnswerField>().empty());

  h.tap_label("Something else");
  CHECK(h.drew(kOther));
  REQUIRE(h.all<AnswerField>().size() == 1);

  h.open_field(kOther);
  h.type_keys("jaw");
  h.tap_label("Done");
  CHECK(h.drew("jaw"));
  h.tap_label("Stress or anxiety");  // another answer, kept through the change below

  h.tap_label("Something else");
  CHECK_FALSE(h.drew(kOther));
  CHECK(h.all<AnswerField>().empty());
  CHECK(h.flow->session().is_selected("reason", h.flow->session().form().find("reason")->options[0].value));

  const auto response = h.flow->session().build_response(h.clock.now());
  CHECK(answers_of(response, "reason-other").empty());
  CHECK(codes_of(response, "reason") == std::vector<std::string>{"stress-anxiety"});
}

TEST_CASE("answering yes to pregnancy shows the weeks question under it") {
  IntakeHarness h;
  h.flow->change_answer("pregnant");
  h.app->pump();
  CHECK_FALSE(h.drew("About how many weeks?"));
  h.tap_in("Are you pregnant?", "Yes");
  CHECK(h.drew("About how many weeks?"));
  h.tap_in("Are you pregnant?", "No");
  CHECK_FALSE(h.drew("About how many weeks?"));
}

}  // namespace stillpoint::kiosk_intake::test
