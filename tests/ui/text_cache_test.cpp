// The text cache: bounded, reused across frames, and cleared (textures destroyed) on demand.
#include <doctest/doctest.h>

#include "test_support.h"

using namespace stillpoint::ui;

TEST_CASE("the text cache never holds more entries than its capacity") {
  test::Harness h;
  TextCache cache(nullptr, 8);  // measuring needs no renderer
  cache.set_fonts(find_font_files("Noto Sans"), Theme{}, 1.0);
  for (int i = 0; i < 50; ++i) cache.measure("line " + std::to_string(i), {}, 0);
  CHECK(cache.size() == 8);
}

TEST_CASE("drawn text is rasterised once and reused by later frames") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& label = screen->root().add<Label>(literal("Please have a seat"));
  auto& toggle = screen->root().add<Toggle>(literal("Quiet room"));
  h.show(std::move(screen));
  TextCache& cache = h.app->text_cache();
  const auto created = cache.textures_created();
  CHECK(created >= 2);
  h.tap(toggle);  // animates: several frames
  for (int i = 0; i < 5; ++i) {
    h.advance_ms(40);
    h.app->pump();
  }
  CHECK(cache.textures_created() == created);
  label.invalidate();
  h.app->pump();
  CHECK(cache.textures_created() == created);
}

TEST_CASE("textures beyond the capacity are destroyed, least recently used first") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& label = screen->root().add<Label>(literal("first"));
  h.show(std::move(screen));
  TextCache& cache = h.app->text_cache();
  for (std::size_t i = 0; i < cache.capacity() + 40; ++i) {
    label.set_text(literal("ticket A-" + std::to_string(i)));
    h.app->pump();
  }
  CHECK(cache.size() <= cache.capacity());
  CHECK(cache.textures_alive() <= cache.capacity());
  CHECK(cache.textures_destroyed() > 0);
}

TEST_CASE("clearing the cache destroys every texture, such as a person's typed name") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& field = screen->root().add<TextField>(literal("Name"));
  h.show(std::move(screen));
  h.text("Jordan");
  TextCache& cache = h.app->text_cache();
  REQUIRE(cache.textures_alive() > 0);
  field.clear();
  cache.clear();
  CHECK(cache.size() == 0);
  CHECK(cache.textures_alive() == 0);
  CHECK(cache.textures_destroyed() == cache.textures_created());
}

TEST_CASE("earlier frames' textures beyond the byte budget are destroyed, the current frame's never") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  std::vector<Label*> labels;
  for (int i = 0; i < 6; ++i)
    labels.push_back(&screen->root().add<Label>(literal("A line of text that takes some room " + std::to_string(i))));
  h.show(std::move(screen));
  TextCache& cache = h.app->text_cache();
  const std::size_t one_screen = cache.texture_bytes();
  REQUIRE(one_screen > 0);
  // A budget below one screen's text: the screen still draws all its text, without
  // re-rasterising it frame after frame.
  cache.set_byte_budget(one_screen / 2);
  const auto created = cache.textures_created();
  for (int i = 0; i < 3; ++i) {
    h.app->invalidate();
    h.app->pump();
  }
  CHECK(cache.textures_created() == created);
  // New text on later frames pushes the earlier frames' textures out, down to the budget plus
  // what the current frame draws.
  for (int round = 0; round < 10; ++round) {
    for (std::size_t i = 0; i < labels.size(); ++i)
      labels[i]->set_text(literal("Round " + std::to_string(round) + " line " + std::to_string(i)));
    h.app->pump();
    CHECK(cache.texture_bytes() <= one_screen / 2 + one_screen);
  }
  CHECK(cache.textures_destroyed() > 0);
  CHECK(cache.textures_alive() < 6 * 10);
}
