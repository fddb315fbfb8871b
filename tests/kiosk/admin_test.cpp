// The hidden staff panel: a 5 s hold on the top-left corner, the PIN, limited attempts.
#include <doctest/doctest.h>

#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

namespace {
void enter_pin(test::Kiosk& k, const std::string& pin) {
  for (char c : pin) k.tap(std::string(1, c));
  k.tap("Open");
}
}  // namespace

TEST_CASE("holding the top-left corner for 5 seconds opens the PIN keypad, a short touch does not") {
  test::Kiosk k;
  k.hold({20, 20}, 3s);
  CHECK(k.flow->step() == Step::welcome);
  k.hold({20, 20}, 5100ms);
  REQUIRE(k.flow->step() == Step::admin_pin);
  CHECK(k.shows("Staff only"));
  CHECK_FALSE(k.has_label("Need help now?"));
}

TEST_CASE("the right PIN shows the status, a wrong one is refused calmly, and attempts are limited") {
  test::Kiosk k;
  k.flow->open_admin();
  k.app->pump();
  enter_pin(k, "1111");
  CHECK(k.flow->step() == Step::admin_pin);
  CHECK(k.shows("That PIN didn't match. Tries left: 2."));
  CHECK_FALSE(k.shows("1111"));  // the field shows dots
  enter_pin(k, "2468");
  REQUIRE(k.flow->step() == Step::admin_status);
  CHECK(k.shows("Kiosk status"));
  CHECK(k.shows("Server: reachable"));
  CHECK(k.shows("Check-ins waiting to send: 0"));
  CHECK(k.shows("Check-ins held for staff: 0"));
  CHECK(k.shows("Kiosk: Quiet Pines Clinic (A)"));
  CHECK(k.shows("Version: test"));
  CHECK(k.has_label("Reload forms and content"));
  CHECK(k.has_label("Exit the kiosk"));
  k.tap("Back to the welcome screen");
  CHECK(k.flow->step() == Step::welcome);
}

TEST_CASE("three wrong PINs close the panel for a while, even to the right PIN") {
  test::Kiosk k;
  k.flow->open_admin();
  k.app->pump();
  enter_pin(k, "0000");
  enter_pin(k, "0001");
  enter_pin(k, "0002");
  CHECK(k.flow->admin_locked());
  CHECK(k.shows("The staff panel is closed for a few minutes."));
  CHECK_FALSE(k.flow->check_pin("2468"));
  k.advance(std::chrono::minutes(6), std::chrono::seconds(30));
  CHECK_FALSE(k.flow->admin_locked());
  k.flow->open_admin();
  k.app->pump();
  enter_pin(k, "2468");
  CHECK(k.flow->step() == Step::admin_status);
}

TEST_CASE("with no admin_pin configured the corner does nothing") {
  auto config = test::test_config();
  config.admin_pin.clear();
  test::Kiosk k(nullptr, config);
  k.hold({20, 20}, 6s);
  CHECK(k.flow->step() == Step::welcome);
}
