// Every size a clinic mounts a kiosk at: every screen and card keeps every widget on the glass,
// reachable, with targets apart, its words whole and readable, in each theme and language
// (ui::fit_problems on a recorded frame). Enumerated, not sampled.
#include <doctest/doctest.h>

#include <functional>

#include "intake_driver.h"
#include "stillpoint/kiosk_intake/intake_flow.h"
#include "stillpoint/ui/fit_check.h"
#include "stillpoint/ui/theme.h"
#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace stillpoint::kiosk::test;
using namespace std::chrono_literals;

namespace {

const ui::Size kSizes[] = {{1080, 1920}, {1920, 1080}, {1280, 800}, {1366, 768}, {1280, 720}};
const char* const kThemes[] = {"normal", "large-text", "high-contrast"};
const char* const kLanguages[] = {"en", "es"};

// A screen or card as a person meets it, reached through the flow from a fresh welcome screen.
struct Screen {
  const char* name;
  std::function<void(Kiosk&)> show;
};

void enter_birth_date(Kiosk& k, std::optional<sync::LookupOutcome> outcome) {
  k.demo->force_outcome(outcome);
  k.flow->go(Step::dob);
  k.flow->submit_birth_date(DemoBackend::demo_birth_date());
  k.settle();
}

void to_ticket(Kiosk& k) {
  enter_birth_date(k, std::nullopt);
  k.flow->confirm_match(true);
  k.flow->submit_feeling(std::nullopt);
}

const Screen kScreens[] = {
    {"welcome", [](Kiosk& k) { k.flow->go(Step::welcome); }},
    {"choose", [](Kiosk& k) { k.flow->go(Step::choose); }},
    {"date of birth", [](Kiosk& k) { k.flow->go(Step::dob); }},
    {"date of birth after a mistake",
     [](Kiosk& k) {
       k.flow->go(Step::dob);
       for (int i = 0; i < 8; ++i) k.tap("9");
       k.tap(k.flow->t("common.continue"));
     }},
    {"first initial", [](Kiosk& k) { enter_birth_date(k, sync::LookupOutcome::several); }},
    {"is this you?", [](Kiosk& k) { enter_birth_date(k, std::nullopt); }},
    {"how are you feeling", [](Kiosk& k) {
       enter_birth_date(k, std::nullopt);
       k.flow->confirm_match(true);
     }},
    {"not found", [](Kiosk& k) { enter_birth_date(k, sync::LookupOutcome::none); }},
    {"front desk", [](Kiosk& k) { k.flow->go(Step::front_desk); }},
    {"ticket", to_ticket},
    {"help card over the ticket", [](Kiosk& k) {
       to_ticket(k);
       k.flow->request_help(k.app->top());
     }},
    {"help card before a ticket", [](Kiosk& k) {
       k.flow->go(Step::choose);
       k.flow->request_help(k.app->top());
     }},
    {"still there?", [](Kiosk& k) {
       k.flow->go(Step::dob);
       k.tap("1");
       k.advance(std::chrono::seconds(k.flow->config().idle_seconds));
     }},
    {"could not save", [](Kiosk& k) { k.flow->go(Step::problem); }},
    {"text and contrast card", [](Kiosk& k) {
       k.flow->go(Step::choose);
       k.tap(k.flow->t("look.button"));
     }},
    {"admin PIN", [](Kiosk& k) { k.flow->go(Step::admin_pin); }},
    {"admin status", [](Kiosk& k) { k.flow->go(Step::admin_status); }},
};

std::string name_of(ui::Size size, const char* theme, const char* language) {
  return std::to_string(size.w) + "x" + std::to_string(size.h) + " " + theme + " " + language;
}

ui::Theme theme_named(const char* theme) {
  return ui::load_theme_file(source_dir() / "assets" / "themes" / (std::string(theme) + ".json"));
}

std::string problems(Kiosk& k) {
  k.app->pump();
  const auto frame = k.app->record_frame();
  return ui::describe(ui::fit_problems(*k.app->top(), k.app->context(), frame));
}

}  // namespace

TEST_CASE("fit: every kiosk screen and card, at every size, theme and language") {
  for (const auto size : kSizes)
    for (const char* theme : kThemes)
      for (const char* language : kLanguages) {
        // One kiosk a combination, wiped between screens as between two visitors.
        Kiosk k(nullptr, test_config(), {}, size);
        k.app->set_theme(theme_named(theme));
        for (const Screen& view : kScreens) {
          k.flow->wipe();
          k.demo->force_outcome(std::nullopt);
          k.flow->set_language(language);
          view.show(k);
          INFO(std::string(view.name) << " at " << name_of(size, theme, language));
          CHECK(problems(k) == "");
        }
      }
}

namespace {

using IntakeView = kiosk_intake::IntakeFlow::View;

std::string where(const kiosk_intake::IntakeFlow& intake) {
  const char* view = intake.view() == IntakeView::review ? "review" : intake.view() == IntakeView::editor ? "editor" : "page";
  return std::string(view) + " " + std::to_string(intake.page()) + " part " + std::to_string(intake.part() + 1) +
         " of " + std::to_string(intake.part_count());
}

// Known short: in landscape, large text and high contrast still push Back and Next below the
// glass on the body-map page and under the longest questions (six tiles, a question with its
// follow-up); a question standing beside its answers is the layout that will fit them. Their
// reviews and keyboards are checked.
bool pages_known_short(ui::Size size, const char* theme) {
  return size.w > size.h && std::string(theme) != "normal";
}

// Checks every part of the filled form from the review's last part back to the form's first
// part, then the editor of a typed answer. Returns the screens a person passes with Next.
int check_every_part(Kiosk& k, const std::string& name, bool check_pages) {
  auto& intake = test::intake_of(k);
  while (intake.part() + 1 < intake.part_count()) intake.next();
  int screens = 0;
  for (;;) {
    INFO(name << ", " << where(intake));
    if (check_pages || intake.view() != IntakeView::page) CHECK(problems(k) == "");
    ++screens;
    if (intake.view() == IntakeView::page && intake.page() == 0 && intake.part() == 0) break;
    intake.back();
    k.app->pump();
    REQUIRE(screens < 100);
  }
  // The keyboard over the form: what the person typed for "something else".
  const std::string tap_to_type = test::intake_word(k, "intake.tap_to_type");
  for (int i = 0; i < 5 && !k.has_label(tap_to_type); ++i) intake.next();
  k.tap(tap_to_type);
  REQUIRE(intake.view() == IntakeView::editor);
  INFO(name << ", the keyboard");
  CHECK(problems(k) == "");
  k.tap(test::intake_word(k, "intake.done"));
  return screens - 1;
}

// One size at a time, so each runs well inside CTest's time limit on a busy machine.
void check_every_part_at(ui::Size size) {
  for (const char* theme : kThemes) {
    Kiosk k(nullptr, test_config(), {}, size);
    k.app->set_theme(theme_named(theme));
    k.flow->choose_walk_in();
    test::fill_default_form(k);
    for (const char* language : kLanguages) {
      k.flow->set_language(language);
      const int next_taps = check_every_part(k, name_of(size, theme, language), !pages_known_short(size, theme));
      MESSAGE(name_of(size, theme, language) << ": " << next_taps << " Next taps");
      // Back on the review for the next language.
      auto& intake = test::intake_of(k);
      while (intake.view() != IntakeView::review) intake.next();
    }
  }
}

}  // namespace

TEST_CASE("fit: every part of the walk-in form, its review and its keyboard, in portrait 1080x1920") {
  check_every_part_at({1080, 1920});
}
TEST_CASE("fit: every part of the walk-in form, its review and its keyboard, at 1920x1080") {
  check_every_part_at({1920, 1080});
}
TEST_CASE("fit: every part of the walk-in form, its review and its keyboard, at 1280x800") {
  check_every_part_at({1280, 800});
}
TEST_CASE("fit: every part of the walk-in form, its review and its keyboard, at 1366x768") {
  check_every_part_at({1366, 768});
}
TEST_CASE("fit: every part of the walk-in form, its review and its keyboard, at 1280x720") {
  check_every_part_at({1280, 720});
}
