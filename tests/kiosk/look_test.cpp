// "Aa" on every kiosk screen: a visitor picks larger text or high contrast for their own visit,
// and the next person meets the device's own look again.
#include <doctest/doctest.h>

#include "intake_driver.h"
#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;

namespace {
std::string theme_of(test::Kiosk& k) { return k.app->theme().name; }
}  // namespace

TEST_CASE("Aa on the welcome screen gives this visit high contrast, and the next visitor the device's look") {
  test::Kiosk k;
  REQUIRE(theme_of(k) == "normal");
  k.tap("Aa");
  CHECK(k.shows("Text and contrast"));
  CHECK(k.shows("For this visit only."));
  k.tap("High contrast");
  CHECK(theme_of(k) == "high-contrast");
  CHECK(k.flow->step() == Step::welcome);
  CHECK_FALSE(k.shows("Text and contrast"));
  // It stays for the whole visit...
  k.tap("Check in");
  CHECK(theme_of(k) == "high-contrast");
  k.tap("I have an appointment");
  CHECK(theme_of(k) == "high-contrast");
  // ...and the end of the visit puts the device's look back.
  k.flow->wipe();
  CHECK(theme_of(k) == "normal");
}

TEST_CASE("Aa in Spanish reads in Spanish, and Standard returns to the device's look") {
  test::Kiosk k;
  k.flow->set_language("es");
  k.tap("Aa");
  CHECK(k.shows("Texto y contraste"));
  k.tap("Texto más grande");
  CHECK(theme_of(k) == "large-text");
  k.tap("Aa");
  k.tap("Estándar");
  CHECK(theme_of(k) == "normal");
}

TEST_CASE("Aa inside the walk-in form keeps every answer and the page the person is on") {
  test::Kiosk k;
  k.flow->choose_walk_in();
  auto& before = test::intake_of(k);
  test::intake_tap_in(k, "What brings you in today? Choose all that fit.", "Sleep");
  k.tap("Aa");
  k.tap("Larger text");
  CHECK(theme_of(k) == "large-text");
  auto& after = test::intake_of(k);
  CHECK(&after == &before);  // the same form, re-laid out, not a new one
  CHECK_FALSE(after.session().answers("reason").empty());
  CHECK(after.page() == 0);
}

TEST_CASE("the idle wipe after a chosen look brings the device's look back for the next person") {
  test::Kiosk k;
  k.tap("Aa");
  k.tap("Larger text");
  k.tap("Check in");
  k.advance(std::chrono::seconds(k.flow->config().idle_seconds + k.flow->config().idle_countdown_seconds + 2));
  CHECK(k.flow->step() == Step::welcome);
  CHECK(theme_of(k) == "normal");
}
