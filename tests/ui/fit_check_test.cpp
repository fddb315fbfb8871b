// The fit check finds what a person could not reach, would hit by mistake, or could not read.
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

// Places each child in a fixed rectangle, as a broken layout would.
class Place final : public Container {
public:
  explicit Place(std::vector<Rect> rects) : rects_(std::move(rects)) {}
  Size measure(const UiContext&, int width) override { return {width, 600}; }
  void arrange_children(const UiContext& ctx, Rect) override {
    std::size_t i = 0;
    for (const auto& child : children()) child->arrange(ctx, rects_.at(i++));
  }

private:
  std::vector<Rect> rects_;
};

std::string problems_of(test::Harness& h, const Screen& s) {
  return describe(fit_problems(s, h.app->context(), h.app->record_frame()));
}

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::unique_ptr<Screen> screen_with_buttons(int count) {
  auto s = std::make_unique<Screen>();
  for (int i = 0; i < count; ++i) s->root().add<Button>(Text::literal("Button " + std::to_string(i)));
  return s;
}

}  // namespace

TEST_CASE("fit check: a screen that fits has no problem") {
  test::Harness h({800, 1280});
  Screen& s = h.show(screen_with_buttons(3));
  CHECK(problems_of(h, s) == "");
}

TEST_CASE("fit check: a widget pushed below the window is named") {
  test::Harness h({800, 600});
  Screen& s = h.show(screen_with_buttons(12));  // twelve buttons do not fit 600 px
  const auto problems = problems_of(h, s);
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
  const auto problems = problems_of(h, s);
  CHECK(problems.find("\"Yes\": overlaps \"No\"") != std::string::npos);
}

TEST_CASE("fit check: a word wider than its box is named as broken, a wrapped sentence is not") {
  test::Harness h({800, 1280});
  auto screen = std::make_unique<Screen>();
  auto& place = screen->root().add<Place>(std::vector<Rect>{{20, 20, 90, 600}, {200, 20, 500, 600}});
  place.add<Label>(Text::literal("Continuar"));
  place.add<Label>(Text::literal("Please take a seat and we will call your code"));
  Screen& s = h.show(std::move(screen));
  const auto problems = problems_of(h, s);
  CHECK(has(problems, "\"Continuar\": breaks a word across lines"));
  CHECK(!has(problems, "\"Please take"));
}

TEST_CASE("fit check: text taller than its box is named as clipped") {
  test::Harness h({800, 1280});
  auto screen = std::make_unique<Screen>();
  auto& place = screen->root().add<Place>(std::vector<Rect>{{20, 20, 700, 12}});
  place.add<Label>(Text::literal("Welcome"));
  Screen& s = h.show(std::move(screen));
  CHECK(has(problems_of(h, s), "\"Welcome\": is clipped"));
}

TEST_CASE("fit check: text and control edges below WCAG contrast are named with their ratio") {
  Theme faint;
  faint.text = Color{0xB0, 0xB0, 0xB0};   // about 2:1 on the light background
  faint.border = faint.background;        // a secondary button with no visible rim
  faint.surface = faint.background;
  test::Harness h({800, 1280}, faint);
  auto screen = std::make_unique<Screen>();
  screen->root().add<Label>(Text::literal("Hard to read"));
  screen->root().add<Button>(Text::literal("Back"), [] {}, ButtonStyle::secondary);
  Screen& s = h.show(std::move(screen));
  const auto problems = problems_of(h, s);
  CHECK(has(problems, "\"Hard to read\": has text contrast"));
  CHECK(has(problems, "\"Back\": has an edge contrast of 1.00:1 (needs 3:1)"));

  Theme clear;
  clear.border = Color{0x6B, 0x7A, 0x78};
  test::Harness h2({800, 1280}, clear);
  auto again = std::make_unique<Screen>();
  again->root().add<Label>(Text::literal("Easy to read"));
  again->root().add<Button>(Text::literal("Back"), [] {}, ButtonStyle::secondary);
  Screen& s2 = h2.show(std::move(again));
  CHECK(problems_of(h2, s2) == "");
}

TEST_CASE("fit check: two strings drawn over each other are named") {
  test::Harness h({800, 1280});
  auto screen = std::make_unique<Screen>();
  auto& place = screen->root().add<Place>(std::vector<Rect>{{20, 20, 400, 80}, {60, 30, 400, 80}});
  place.add<Label>(Text::literal("Room 2"));
  place.add<Label>(Text::literal("Helpline"));
  Screen& s = h.show(std::move(screen));
  CHECK(has(problems_of(h, s), "\"Room 2\": is drawn over \"Helpline\""));
}

TEST_CASE("fit check: a modal's words over the dimmed screen are not two strings over each other") {
  test::Harness h({800, 1280});
  auto screen = std::make_unique<Screen>();
  for (int i = 0; i < 12; ++i) screen->root().add<Label>(Text::literal("Behind the card " + std::to_string(i)));
  Screen& s = h.show(std::move(screen));
  s.show_modal(std::make_unique<Modal>(Text::literal("Still there?"), Text::literal("Starting over soon.")));
  h.app->pump();
  CHECK(!has(problems_of(h, s), "is drawn over"));
}
