#include <algorithm>

#include <doctest/doctest.h>

#include "stillpoint/kiosk_intake/strings.h"

namespace stillpoint::kiosk_intake {

TEST_CASE("english and spanish have the same intake keys") {
  auto en = IntakeStrings::keys("en");
  auto es = IntakeStrings::keys("es");
  std::sort(en.begin(), en.end());
  std::sort(es.begin(), es.end());
  CHECK_FALSE(en.empty());
  CHECK(en == es);
}

TEST_CASE("a regional spanish reads the spanish words and placeholders are filled") {
  IntakeStrings s("es-MX");
  CHECK(s.get("intake.next") == "Siguiente");
  CHECK(s.format("intake.part", {{"n", "1"}, {"total", "2"}}) == "Parte 1 de 2");
}

TEST_CASE("the kiosk's translator is asked first and a returned key means not found") {
  IntakeStrings s("en", [](std::string_view key) {
    return key == "intake.next" ? std::string("Continue") : std::string(key);
  });
  CHECK(s.get("intake.next") == "Continue");
  CHECK(s.get("intake.back") == "Back");
}

}  // namespace stillpoint::kiosk_intake
