// Every size a clinic mounts a kiosk at: the screens keep every widget on the glass, reachable,
// with targets apart, in each theme and language (ui::fit_problems).
#include <doctest/doctest.h>

#include "stillpoint/ui/fit_check.h"
#include "stillpoint/ui/theme.h"
#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace stillpoint::kiosk::test;

namespace {

const ui::Size kSizes[] = {{1080, 1920}, {1920, 1080}, {1280, 800}, {1366, 768}};
const char* const kThemes[] = {"normal", "large-text", "high-contrast"};
const char* const kLanguages[] = {"en", "es"};

std::string name_of(ui::Size size, const char* theme, const char* language) {
  return std::to_string(size.w) + "x" + std::to_string(size.h) + " " + theme + " " + language;
}

// Runs `check` on a kiosk at every size, theme and language, showing `step` first.
template <typename Check>
void for_every_kiosk(Step step, Check check) {
  for (const auto size : kSizes)
    for (const char* theme : kThemes)
      for (const char* language : kLanguages) {
        Kiosk k(nullptr, test_config(), {}, size);
        k.app->set_theme(ui::load_theme_file(source_dir() / "assets" / "themes" / (std::string(theme) + ".json")));
        k.flow->set_language(language);
        k.flow->go(step);
        k.app->pump();
        check(k, name_of(size, theme, language));
      }
}

std::string problems(Kiosk& k) { return ui::describe(ui::fit_problems(*k.app->top(), k.app->context())); }

}  // namespace

TEST_CASE("fit: the date-of-birth screen keeps Continue, Back and the whole keypad on the glass") {
  for_every_kiosk(Step::dob, [](Kiosk& k, const std::string& name) {
    INFO(name);
    CHECK(problems(k) == "");
    // A mistake adds a line: the keypad's last rows and the buttons must still fit.
    for (int i = 0; i < 8; ++i) k.tap("9");
    k.tap(k.flow->t("common.continue"));
    k.app->pump();
    CHECK(problems(k) == "");
  });
}
