// The fit check finds what a person could not reach or would hit by mistake.
#include <doctest/doctest.h>

#include "stillpoint/ui/fit_check.h"
#include "test_support.h"

using namespace stillpoint::ui;

namespace {

// Lays every child over the same rectangle: two targets under one finger.
class Stack final : public Container {
public:
  Size measure(const UiContext&, int width) override { return {width, 200}; }
  void arrange_children(const UiContext& ctx, Rect bounds) override {
    for (const auto& child : children()) child->arrange(ctx, {bounds.x, bounds.y, bounds.w, 120});
  }
  void draw(Painter& painter) const override {
    for (const auto& child : children()) child->draw(painter);
  }
};

std::unique_ptr<Screen> screen_with_buttons(int count) {
  auto s = std::make_unique<Screen>();
  for (int i = 0; i < count; ++i) s->root().add<Button>(Text::literal("Button " + std::to_string(i)));
  return s;
}

}  // namespace

TEST_CASE("fit check: a screen that fits has no problem") {
  test::Harness h({800, 1280});
  Screen& s = h.show(screen_with_buttons(3));
  CHECK(describe(fit_problems(s, h.app->context())) == "");
}

TEST_CASE("fit check: a widget pushed below the window is named") {
  test::Harness h({800, 600});
  Screen& s = h.show(screen_with_buttons(12));  // twelve buttons do not fit 600 px
  const auto problems = describe(fit_problems(s, h.app->context()));
  CHECK(problems.find("\"Button 11\": lies outside the window") != std::string::npos);
  CHECK(problems.find("\"Button 0\"") == std::string::npos);
}

TEST_CASE("fit check: overlapping targets are named") {
  test::Harness h({800, 1280});
  auto screen = std::make_unique<Screen>();
  auto& stack = screen->root().add<Stack>();
  stack.add<Button>(Text::literal("Yes"));
  stack.add<Button>(Text::literal("No"));
  Screen& s = h.show(std::move(screen));
  const auto problems = describe(fit_problems(s, h.app->context()));
  CHECK(problems.find("\"Yes\": overlaps \"No\"") != std::string::npos);
}
