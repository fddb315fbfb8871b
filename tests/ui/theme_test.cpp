// Themes as data: every shipped theme loads strictly and every text/background pair any widget
// draws meets WCAG 2.x AA (4.5:1).
#include <doctest/doctest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "stillpoint/core/json_reader.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::ui;

namespace {
const char* kThemes[] = {"normal", "large-text", "high-contrast"};

nlohmann::json normal_json() {
  std::ifstream in(test::themes_dir() / "normal.json");
  return nlohmann::json::parse(in);
}
}  // namespace

TEST_CASE("the contrast ratio matches WCAG reference values") {
  CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
  CHECK(contrast_ratio({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
  // #777777 on white is the classic just-below-AA grey (4.48:1).
  CHECK(contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}) == doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("every text and background pair in every theme is at least 4.5 to 1") {
  for (const char* name : kThemes) {
    const Theme theme = load_theme_file(test::themes_dir() / (std::string(name) + ".json"));
    CHECK(theme.name == name);
    const auto pairs = text_background_pairs(theme);
    REQUIRE(pairs.size() >= 9);
    for (const auto& pair : pairs) {
      INFO(name << ": " << pair.what);
      CHECK(contrast_ratio(pair.foreground, pair.background) >= 4.5);
    }
  }
}

TEST_CASE("every theme's outline stands out 3 to 1 from the background and the surfaces it rims") {
  for (const char* name : kThemes) {
    const Theme theme = load_theme_file(test::themes_dir() / (std::string(name) + ".json"));
    INFO(name);
    CHECK(contrast_ratio(theme.border, theme.background) >= 3.0);
    CHECK(contrast_ratio(theme.border, theme.surface) >= 3.0);
    CHECK(contrast_ratio(theme.border, theme.surface_pressed) >= 3.0);
  }
}

TEST_CASE("the built-in default theme is exactly assets/themes/normal.json") {
  CHECK(load_theme_file(test::themes_dir() / "normal.json") == Theme{});
}

TEST_CASE("every theme keeps touch targets at least 64 reference pixels and fonts growing") {
  for (const char* name : kThemes) {
    const Theme theme = load_theme_file(test::themes_dir() / (std::string(name) + ".json"));
    CHECK(theme.touch_target >= 64);
    CHECK(theme.font_small <= theme.font_normal);
    CHECK(theme.font_normal <= theme.font_large);
  }
}

TEST_CASE("a theme with an unknown field, a bad colour or a small target is refused, naming it") {
  auto doc = normal_json();
  SUBCASE("unknown field") {
    doc["colours"] = "typo";
    CHECK_THROWS_WITH_AS(theme_from_json(doc), doctest::Contains("colours"), FieldError);
  }
  SUBCASE("bad colour") {
    doc["colors"]["text"] = "#12345G";
    CHECK_THROWS_WITH_AS(theme_from_json(doc), doctest::Contains("colors.text"), FieldError);
  }
  SUBCASE("touch target under 64") {
    doc["touch_target"] = 48;
    CHECK_THROWS_WITH_AS(theme_from_json(doc), doctest::Contains("touch_target"), FieldError);
  }
  SUBCASE("missing colour") {
    doc["colors"].erase("scrim");
    CHECK_THROWS_WITH_AS(theme_from_json(doc), doctest::Contains("scrim"), FieldError);
  }
}

TEST_CASE("colours parse with and without alpha") {
  CHECK(parse_color("#2D6665", "c") == Color{0x2D, 0x66, 0x65, 0xFF});
  CHECK(parse_color("#1c2a2e99", "c") == Color{0x1C, 0x2A, 0x2E, 0x99});
  CHECK_THROWS_AS(parse_color("2D6665", "c"), FieldError);
  CHECK_THROWS_AS(parse_color("#2D666", "c"), FieldError);
}
