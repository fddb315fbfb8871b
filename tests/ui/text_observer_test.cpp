// The text observer sees every string drawn, so privacy tests can intercept all shown text.
#include <doctest/doctest.h>

#include <algorithm>

#include "gallery.h"
#include "test_support.h"

using namespace stillpoint::ui;

TEST_CASE("the text observer sees every string drawn, including typed input") {
  test::Harness h({1080, 1920}, Theme{}, gallery::translator("en"));
  std::vector<std::string> seen;
  h.app->set_text_observer([&](std::string_view s) { seen.emplace_back(s); });
  h.show(gallery::make_page(gallery::Page::keyboard));
  h.text(" SENTINEL-NAME");
  for (const auto& s : h.app->drawn_text()) {
    INFO(s);
    CHECK(std::find(seen.begin(), seen.end(), s) != seen.end());
  }
  CHECK(std::find(seen.begin(), seen.end(), "María SENTINEL-NAME") != seen.end());
  CHECK(std::find(seen.begin(), seen.end(), "What would you like us to call you?") != seen.end());
  // Keys are drawn too: the observer hears the whole screen, not only labels.
  CHECK(std::find(seen.begin(), seen.end(), "ñ") != seen.end());
}

TEST_CASE("with the observer removed, nothing more is reported") {
  test::Harness h;
  int count = 0;
  h.app->set_text_observer([&](std::string_view) { ++count; });
  auto screen = std::make_unique<Screen>();
  auto& label = screen->root().add<Label>(literal("A-07"));
  h.show(std::move(screen));
  CHECK(count == 1);
  h.app->set_text_observer({});
  label.set_text(literal("A-08"));
  h.app->pump();
  CHECK(count == 1);
}
