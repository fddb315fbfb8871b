// The idle wipe with an injected clock: "Still there?", the countdown, and nothing of the
// person left reachable afterwards.
#include <doctest/doctest.h>

#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

namespace {
// A birth date nobody else in the test types, so any trace of it is the earlier person's.
const std::string kSentinelDigits = "07091966";
const std::string kSentinelShown = "07/09/1966";

void type_sentinel(test::Kiosk& k) {
  k.tap("Check in");
  k.tap("I have an appointment");
  k.type(kSentinelDigits);
  REQUIRE(k.shows(kSentinelShown));
}
}  // namespace

TEST_CASE("after idle_seconds without a touch the kiosk asks 'Still there?' with a countdown") {
  test::Kiosk k;
  type_sentinel(k);
  k.advance(59s);
  CHECK_FALSE(k.flow->idle_prompt_shown());
  k.advance(1s);
  REQUIRE(k.flow->idle_prompt_shown());
  CHECK(k.shows("Still there?"));
  CHECK(k.shows("Starting over in 15 seconds."));
  k.advance(5s);
  CHECK(k.shows("Starting over in 10 seconds."));
  SUBCASE("'I'm still here' keeps what they entered") {
    k.tap("I'm still here");
    CHECK_FALSE(k.flow->idle_prompt_shown());
    CHECK(k.shows(kSentinelShown));
    k.advance(30s);
    CHECK_FALSE(k.flow->idle_prompt_shown());  // the touch restarted the idle time
  }
}

TEST_CASE("touches keep the kiosk awake") {
  test::Kiosk k;
  type_sentinel(k);
  for (int i = 0; i < 5; ++i) {
    k.advance(40s);
    k.type("");  // nothing typed, but a key event is activity
    k.key(SDLK_LEFT);
  }
  CHECK_FALSE(k.flow->idle_prompt_shown());
  CHECK(k.flow->step() == Step::dob);
}

TEST_CASE("after the countdown everything is wiped and no earlier answer is reachable") {
  test::Kiosk k;
  type_sentinel(k);
  const auto destroyed_before = k.app->text_cache().textures_destroyed();
  const auto alive_before = k.app->text_cache().textures_alive();
  k.advance(61s);
  REQUIRE(k.flow->idle_prompt_shown());
  k.advance(16s);

  // Welcome is back, alone on the stack: there is no screen behind it and no Back.
  CHECK(k.flow->step() == Step::welcome);
  CHECK(k.app->depth() == 1);
  CHECK_FALSE(k.flow->idle_prompt_shown());
  CHECK_FALSE(k.has_label("Back"));
  // The session is empty and the text textures that showed the date were destroyed.
  CHECK_FALSE(k.flow->session().has_entries());
  CHECK(k.flow->session().dob_digits.empty());
  CHECK(k.app->text_cache().textures_destroyed() >= destroyed_before + alive_before);
  const std::string welcome = k.shown();
  CHECK(welcome.find(kSentinelShown) == std::string::npos);
  CHECK(k.app->text_cache().textures_alive() <= k.app->drawn_text().size() + 8);

  // Walk every screen a new person can reach; none shows the earlier date.
  std::vector<std::string> seen{welcome};
  k.tap("Check in");
  seen.push_back(k.shown());
  k.tap("I have an appointment");
  seen.push_back(k.shown());
  CHECK(k.flow->session().dob_digits.empty());
  k.tap("Back");
  k.tap("I'm a walk-in");
  seen.push_back(k.shown());
  for (const auto& text : seen) {
    CHECK(text.find(kSentinelShown) == std::string::npos);
    CHECK(text.find("0709") == std::string::npos);
  }
}

TEST_CASE("'Start over now' wipes at once, and the language returns to the default") {
  test::Kiosk k;
  k.tap("Español");
  k.tap("Registrarme");
  k.tap("Tengo una cita");
  k.type(kSentinelDigits);
  k.advance(61s);
  k.tap("Empezar de nuevo ahora");
  CHECK(k.flow->step() == Step::welcome);
  CHECK(k.flow->session().language == "en");
  CHECK(k.shows("Check in"));
}

TEST_CASE("an untouched welcome screen never prompts, and a changed language quietly resets") {
  test::Kiosk k;
  k.advance(120s, 10s);
  CHECK_FALSE(k.flow->idle_prompt_shown());
  k.tap("Español");
  k.advance(61s);
  CHECK_FALSE(k.flow->idle_prompt_shown());
  CHECK(k.shows("Check in"));
}
