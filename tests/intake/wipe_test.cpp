#include <doctest/doctest.h>

#include "intake_harness.h"

namespace stillpoint::kiosk_intake::test {

TEST_CASE("after a wipe no earlier answer is drawn anywhere and the session is empty") {
  IntakeHarness h;
  std::vector<std::string> seen;
  fill_default_form(h);
  h.flow->change_answer("anything-else");
  h.app->pump();
  h.open_field("Is there anything else you'd like your therapist to know?");  // editor open, text in it
  CHECK(h.drew("please go gently"));

  h.flow->wipe();
  h.app->set_text_observer([&seen](std::string_view s) { seen.emplace_back(s); });
  h.app->pump();

  CHECK_FALSE(h.flow->session().has_entries());
  for (const auto* link : {"reason", "reason-other", "stress-today", "tension-areas", "pregnancy-weeks",
                           "anything-else", "talk-care-team"})
    CHECK(h.flow->session().answers(link).empty());
  CHECK(h.flow->view() == IntakeFlow::View::page);
  CHECK(h.flow->page() == 0);
  // Walk every part reachable now: none shows an old answer.
  for (int step = 0; step < 3; ++step) {
    for (const auto& s : h.app->drawn_text()) {
      CHECK(s.find("jaw clenching") == std::string::npos);
      CHECK(s.find("please go gently") == std::string::npos);
    }
    for (auto* tile : h.all<ui::ChoiceTile>()) CHECK_FALSE(tile->selected());
    for (auto* slider : h.all<ui::Slider>()) CHECK_FALSE(slider->value().has_value());
    if (ui::Widget* next = h.find("Next")) h.tap(*next);
  }
  for (const auto& s : seen) CHECK(s.find("please go gently") == std::string::npos);
}

}  // namespace stillpoint::kiosk_intake::test
