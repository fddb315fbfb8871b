#include <doctest/doctest.h>

#include "intake_harness.h"

namespace stillpoint::kiosk_intake::test {

TEST_CASE("next without a required answer stays on the page and names the question kindly") {
  IntakeHarness h;
  REQUIRE(h.flow->page() == 0);
  REQUIRE(h.find("Next") != nullptr);
  h.tap(*h.find("Next"));
  CHECK(h.flow->page() == 0);
  CHECK(h.flow->view() == IntakeFlow::View::page);
  CHECK(h.flow->notice() == "Please answer “What brings you in today? Choose all that fit.” to go on.");
  CHECK(h.drew("Please answer “What brings you in today?"));

  h.tap_label("Sleep");  // answering clears the notice
  CHECK(h.flow->notice().empty());
  CHECK_FALSE(h.drew("Please answer"));
}

TEST_CASE("a long required question is named by its beginning") {
  IntakeHarness h;
  h.flow->change_answer("consent");
  h.app->pump();
  ui::Widget* go_on = h.find("Back to my answers") ? h.find("Back to my answers") : h.find("Next");
  REQUIRE(go_on != nullptr);
  h.tap(*go_on);
  CHECK(h.flow->view() == IntakeFlow::View::page);
  CHECK(h.drew("Please answer “I understand that my therapist"));
}

TEST_CASE("a number out of range is explained in the editor and not stored") {
  IntakeHarness h;
  h.flow->change_answer("pregnant");
  h.app->pump();
  h.tap_in("Are you pregnant?", "Yes");
  h.open_field("About how many weeks?");
  h.type_keys("99");
  h.tap_label("Done");
  CHECK(h.flow->view() == IntakeFlow::View::editor);
  CHECK(h.drew("Please use a number from 1 to 45."));
  CHECK(h.flow->session().answers("pregnancy-weeks").empty());
}

}  // namespace stillpoint::kiosk_intake::test
