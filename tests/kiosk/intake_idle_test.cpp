// The idle wipe on the walk-in form, with the injected clock: a person answers several questions
// (typed text among them), walks away, and nothing of theirs is left or reachable.
#include <doctest/doctest.h>

#include "intake_driver.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

namespace {
// Words nobody else in the test types, so any trace of them is the earlier person's.
const std::string kSentinel = "jaw clenching";
const std::string kDraft = "sore wrist";
const std::string kWhatElse = "In a few words, what else brings you in?";
const std::string kReason = "What brings you in today? Choose all that fit.";
const std::string kSleep = "How have you been sleeping this past week?";

// Every string drawn on the current part, plus those of the following parts reached with Next
// (pressing Next without answering stops at a kind notice, which is drawn too).
std::string everything_reachable(test::Kiosk& k) {
  std::string seen = k.shown();
  for (int i = 0; i < 4 && k.has_label(test::intake_word(k, "intake.next")); ++i) {
    k.tap(test::intake_word(k, "intake.next"));
    seen += k.shown();
  }
  return seen;
}
}  // namespace

TEST_CASE("idle on the walk-in form wipes every answer and typed draft and no earlier answer is reachable") {
  test::Kiosk k;
  k.tap("Check in");
  k.tap("I'm a walk-in");
  REQUIRE(k.flow->step() == Step::intake);
  // Several answers: two tiles, a typed answer, a slider, then a half-typed draft left open.
  test::intake_tap_in(k, kReason, "Stress or anxiety");
  test::intake_tap_in(k, kReason, "Something else");
  test::intake_type_into(k, kWhatElse, kSentinel);
  REQUIRE(k.shows(kSentinel));
  for (int i = 0; i < 6 && !test::intake_slider_shown(k); ++i) k.tap(test::intake_word(k, "intake.next"));
  test::intake_slide_to(k, 8);
  test::intake_tap_in(k, kSleep, "Up and down");
  auto& form = test::intake_of(k);
  REQUIRE(form.session().has_entries());
  REQUIRE(form.session().answers("reason").size() == 2);
  REQUIRE(form.session().answers("stress-today").size() == 1);
  REQUIRE(form.session().answers("sleep-week").size() == 1);
  // Back to the typed answer to edit it: the draft sits in the editor's text field when the
  // person walks away.
  form.change_answer("reason-other");
  test::intake_tap_in(k, kWhatElse, test::intake_word(k, "intake.tap_to_type"));
  REQUIRE(test::intake_of(k).view() == kiosk_intake::IntakeFlow::View::editor);
  k.tap(test::intake_word(k, "intake.keyboard.space"));
  test::intake_type_keys(k, "sore wrist");
  REQUIRE(k.shows(kSentinel + " " + kDraft));
  const auto alive_before = k.app->text_cache().textures_alive();
  const auto destroyed_before = k.app->text_cache().textures_destroyed();

  k.advance(59s);
  CHECK_FALSE(k.flow->idle_prompt_shown());
  k.advance(2s);
  REQUIRE(k.flow->idle_prompt_shown());
  CHECK(k.shows("Still there?"));
  k.advance(16s);

  // Welcome is back, alone: no screen behind it, no Back, nothing of the form in memory's view.
  CHECK_FALSE(k.flow->idle_prompt_shown());
  CHECK(k.flow->step() == Step::welcome);
  CHECK(k.app->depth() == 1);
  CHECK(dynamic_cast<kiosk_intake::IntakeFlow*>(k.app->top()) == nullptr);
  CHECK_FALSE(k.has_label("Back"));
  CHECK_FALSE(k.flow->session().has_entries());
  // The textures that showed the answers and the draft were destroyed with the wipe.
  CHECK(k.app->text_cache().textures_destroyed() >= destroyed_before + alive_before);
  const std::string welcome = k.shown();
  CHECK(welcome.find(kSentinel) == std::string::npos);
  CHECK(welcome.find(kDraft) == std::string::npos);

  // The next person starts the walk-in form: it is empty, and no way through it shows the
  // earlier answers.
  k.tap("Check in");
  k.tap("I'm a walk-in");
  auto& fresh = test::intake_of(k);
  CHECK_FALSE(fresh.session().has_entries());
  CHECK(fresh.session().answers("reason").empty());
  CHECK(fresh.session().answers("reason-other").empty());
  CHECK(fresh.session().answers("sleep-week").empty());
  CHECK(fresh.session().answers("stress-today").empty());
  CHECK(fresh.view() == kiosk_intake::IntakeFlow::View::page);
  CHECK(fresh.page() == 0);
  CHECK(fresh.part() == 0);
  // "Something else" is not chosen, so its typed follow-up is not even on the form.
  CHECK_FALSE(fresh.session().is_shown("reason-other"));
  std::string seen = everything_reachable(k);
  // Back from the first page leaves the form; "Back" again from there never returns to answers.
  while (test::intake_of(k).page() > 0 || test::intake_of(k).part() > 0) {
    k.tap(test::intake_word(k, "intake.back"));
    seen += k.shown();
  }
  k.tap(test::intake_word(k, "intake.back"));
  CHECK(k.flow->step() == Step::choose);
  seen += k.shown();
  k.tap("I'm a walk-in");
  seen += k.shown();
  CHECK_FALSE(test::intake_of(k).session().has_entries());
  CHECK(seen.find(kSentinel) == std::string::npos);
  CHECK(seen.find(kDraft) == std::string::npos);
  CHECK(seen.find("jaw") == std::string::npos);
}
