#include <doctest/doctest.h>

#include "intake_harness.h"

namespace stillpoint::kiosk_intake::test {

namespace {

// From the review, walks back through every part of every page, checking that each fits the
// screen and saving it as `prefix`-<page>-<part>.png.
void walk_back_and_shoot(IntakeHarness& h, const std::string& prefix, bool shoot) {
  CHECK(h.fits());
  if (shoot) h.screenshot(prefix + "-review");
  for (int guard = 0; guard < 20 && h.flow->view() != IntakeFlow::View::page; ++guard) h.flow->back();
  h.app->pump();
  for (int guard = 0; guard < 30; ++guard) {
    INFO("page " << h.flow->page() << " part " << h.flow->part());
    CHECK(h.fits());
    const auto& page = h.flow->session().pages()[h.flow->page()];
    const std::string name = prefix + "-" + std::to_string(h.flow->page() + 1) + "-" +
                             (page.group ? page.group->link_id : std::string("page")) +
                             (h.flow->part_count() > 1 ? "-" + std::to_string(h.flow->part() + 1) : "");
    if (shoot) h.screenshot(name);
    if (h.flow->page() == 0 && h.flow->part() == 0) break;
    h.flow->back();
    h.app->pump();
  }
}

}  // namespace

TEST_CASE("every part of the filled default form fits a portrait kiosk, with screenshots") {
  IntakeHarness h({1080, 1920});
  fill_default_form(h);
  walk_back_and_shoot(h, "intake", true);
  // The body map on its own, and the keyboard editor.
  h.flow->change_answer("tension-areas");
  h.app->pump();
  h.screenshot("intake-body-map");
  h.flow->change_answer("anything-else");
  h.app->pump();
  h.open_field("Is there anything else you'd like your therapist to know?");
  CHECK(h.fits());
  h.screenshot("intake-editor-keyboard");
}

TEST_CASE("every part of the filled default form fits a landscape screen") {
  IntakeHarness h({1920, 1080});
  fill_default_form(h);
  walk_back_and_shoot(h, "landscape", true);
  h.flow->change_answer("anything-else");
  h.app->pump();
  h.open_field("Is there anything else you'd like your therapist to know?");
  CHECK(h.fits());
}

TEST_CASE("the body-map page fits both landscape sizes in both languages, with screenshots") {
  for (const ui::Size size : {ui::Size{1920, 1080}, ui::Size{1280, 800}}) {
    for (const std::string language : {"en", "es"}) {
      INFO(size.w << "x" << size.h << " " << language);
      IntakeHarness h(size, language);
      h.flow->change_answer("tension-areas");
      h.app->pump();
      CHECK(h.fits());
      h.screenshot("landscape-body-map-" + std::to_string(size.w) + "x" + std::to_string(size.h) +
                   "-" + language);
    }
  }
}

}  // namespace stillpoint::kiosk_intake::test
