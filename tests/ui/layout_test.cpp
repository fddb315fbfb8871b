// Layout from the output size: every gallery page at portrait, landscape and small landscape
// keeps every widget on screen and every target at least 64 reference pixels.
#include <doctest/doctest.h>

#include "gallery.h"
#include "test_support.h"

using namespace stillpoint::ui;

namespace {

void check_page(test::Harness& h, gallery::Page page, const std::string& size_name) {
  h.app->reset(gallery::make_page(page));
  h.app->pump();
  const UiContext& ctx = h.app->context();
  const Rect screen = ctx.metrics.bounds();
  Screen& s = *h.app->top();
  for (Widget* w : s.all_widgets()) {
    INFO(size_name << " page " << static_cast<int>(page) << " widget '" << w->label(ctx) << "' at "
                   << w->bounds().x << "," << w->bounds().y << " " << w->bounds().w << "x"
                   << w->bounds().h);
    CHECK(screen.contains(w->bounds()));
    if (!w->interactive()) continue;
    CHECK(ctx.metrics.to_reference(w->bounds().w) >= 64.0);
    CHECK(ctx.metrics.to_reference(w->bounds().h) >= 64.0);
  }
}

}  // namespace

TEST_CASE("every gallery page fits and keeps 64 px targets at 1080x1920, 1920x1080 and 1280x800") {
  const Size sizes[] = {{1080, 1920}, {1920, 1080}, {1280, 800}};
  for (const Size size : sizes) {
    const std::string name = std::to_string(size.w) + "x" + std::to_string(size.h);
    for (const char* theme : {"normal", "large-text"}) {
      test::Harness h(size, load_theme_file(test::themes_dir() / (std::string(theme) + ".json")),
                      gallery::translator("es"));  // Spanish runs longer than English
      CHECK(h.app->output_size() == size);
      for (int p = 0; p < gallery::kPages; ++p) check_page(h, static_cast<gallery::Page>(p), name + " " + theme);
    }
  }
}

TEST_CASE("each widget's minimum height is at least a 64 px target at 1080p") {
  test::Harness h;
  const UiContext& ctx = h.app->context();
  Button button(literal("Go"));
  ChoiceTile tile(literal("Yes"), "yes");
  Toggle toggle(literal("On"));
  Slider slider;
  TextField field(literal("Name"));
  Keypad keypad;
  Keyboard keyboard;
  std::vector<Widget*> widgets{&button, &tile, &toggle, &slider, &field};
  for (Widget* w : widgets) CHECK(w->measure(ctx, 1).h >= ctx.px(64));
  keypad.arrange(ctx, {0, 0, 1, keypad.measure(ctx, 1).h});
  keyboard.arrange(ctx, {0, 0, 968, keyboard.measure(ctx, 968).h});
  for (const auto& key : keyboard.children()) {
    CHECK(key->bounds().h >= ctx.px(64));
    CHECK(key->bounds().w >= ctx.px(64));
  }
  for (const auto& key : keypad.children()) CHECK(key->bounds().h >= ctx.px(64));
}

TEST_CASE("window sizes parse from WIDTHxHEIGHT") {
  CHECK(parse_window_size("1280x800") == Size{1280, 800});
  CHECK_FALSE(parse_window_size("1280"));
  CHECK_FALSE(parse_window_size("1280x"));
  CHECK_FALSE(parse_window_size("12x800"));
  CHECK_FALSE(parse_window_size("1280x800x2"));
}
