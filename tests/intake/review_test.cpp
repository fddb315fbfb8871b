#include <doctest/doctest.h>

#include "intake_harness.h"
#include "stillpoint/kiosk_intake/review_row.h"

namespace stillpoint::kiosk_intake::test {

TEST_CASE("the review shows each answer in words") {
  IntakeHarness h;
  fill_default_form(h);
  CHECK(h.drew("Your answers"));
  CHECK(h.drew("Stress or anxiety, Something else"));
  CHECK(h.drew("jaw clenching"));
}

TEST_CASE("changing an answer from the review returns to the review and the response has it") {
  IntakeHarness h;
  fill_default_form(h);
  h.tap_label("How have you been sleeping this past week?");  // the review row
  CHECK(h.flow->view() == IntakeFlow::View::page);
  CHECK(h.flow->page() == 0);
  h.tap_label("Well");
  h.tap_label("Back to my answers");
  CHECK(h.flow->view() == IntakeFlow::View::review);
  bool shown = false;
  for (int part = 0; part < 4 && !shown; ++part) {
    for (auto* row : h.all<ReviewRow>())
      if (row->question() == "How have you been sleeping this past week?") shown = row->answer() == "Well";
    if (!shown && h.find("Next")) h.tap(*h.find("Next"));
  }
  CHECK(shown);
  h.tap_label("Send my answers");
  REQUIRE(h.submits == 1);
  CHECK(codes_of(*h.response, "sleep-week") == std::vector<std::string>{"well"});
}

}  // namespace stillpoint::kiosk_intake::test
