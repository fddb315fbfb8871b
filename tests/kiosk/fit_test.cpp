// Every size a clinic mounts a kiosk at: every screen and card keeps every widget on the glass,
// reachable, with targets apart, its words whole and readable, in each theme and language
// (ui::fit_problems on a recorded frame). Enumerated, not sampled.
#include <doctest/doctest.h>

#include <functional>

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
struct View {
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

const View kViews[] = {
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
      for (const char* language : kLanguages)
        for (const View& view : kViews) {
          Kiosk k(nullptr, test_config(), {}, size);
          k.app->set_theme(theme_named(theme));
          k.flow->set_language(language);
          view.show(k);
          INFO(std::string(view.name) << " at " << name_of(size, theme, language));
          CHECK(problems(k) == "");
        }
}
