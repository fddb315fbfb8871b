// The screen stack: push/pop queued and applied between frames, a screen popping itself from
// its own button, show/hide hooks, screen timers cancelled with their screen, modals.
#include <doctest/doctest.h>

#include <algorithm>

#include "test_support.h"

using namespace stillpoint::ui;

namespace {

// Records its show/hide calls into a shared log.
class LoggingScreen : public Screen {
public:
  LoggingScreen(std::string name, std::vector<std::string>& log) : name_(std::move(name)), log_(log) {}
  void on_show(App&) override { log_.push_back("show " + name_); }
  void on_hide(App&) override { log_.push_back("hide " + name_); }

private:
  std::string name_;
  std::vector<std::string>& log_;
};

// A screen whose background always moves (the welcome screen's drifting shapes).
class MovingScreen : public Screen {
public:
  bool animating_background(stillpoint::TimePoint) const override { return true; }
};

bool drawn(const App& app, const std::string& text) {
  const auto& all = app.drawn_text();
  return std::find(all.begin(), all.end(), text) != all.end();
}

}  // namespace

TEST_CASE("push and pop are applied between frames, not when called") {
  test::Harness h;
  std::vector<std::string> log;
  h.show(std::make_unique<LoggingScreen>("welcome", log));
  Screen* welcome = h.app->top();
  h.app->push(std::make_unique<LoggingScreen>("choose", log));
  CHECK(h.app->top() == welcome);  // still queued
  CHECK(h.app->depth() == 1);
  h.app->pump();
  CHECK(h.app->depth() == 2);
  CHECK(h.app->top() != welcome);
  h.app->pop();
  CHECK(h.app->depth() == 2);
  h.app->pump();
  CHECK(h.app->top() == welcome);
  CHECK(log == std::vector<std::string>{"show welcome", "hide welcome", "show choose",
                                        "hide choose", "show welcome"});
}

TEST_CASE("a screen can pop itself from its own button without harm") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  Screen* first = h.app->top();
  auto second = std::make_unique<Screen>();
  Screen* raw = second.get();
  Button& done = second->root().add<Button>(literal("Done"), [raw] { raw->app()->pop(); });
  h.show(std::move(second));
  REQUIRE(h.app->top() == raw);
  h.tap(done);  // the button's screen is destroyed after its callback, between frames
  CHECK(h.app->top() == first);
  CHECK(h.app->depth() == 1);
}

TEST_CASE("events go to the top screen only") {
  test::Harness h;
  int below = 0;
  int above = 0;
  auto bottom = std::make_unique<Screen>();
  Button& b1 = bottom->root().add<Button>(literal("Below"), [&] { ++below; });
  h.show(std::move(bottom));
  const Point where = b1.bounds().center();
  auto top = std::make_unique<Screen>();
  top->root().add<Button>(literal("Above"), [&] { ++above; });
  h.show(std::move(top));
  h.finger_tap(where);
  CHECK(below == 0);
  CHECK(above == 1);
}

TEST_CASE("reset clears the whole stack and cancels the timers of removed screens") {
  test::Harness h;
  bool fired = false;
  h.show(std::make_unique<Screen>());
  h.show(std::make_unique<Screen>());
  h.app->top()->after(std::chrono::seconds(5), [&] { fired = true; });
  h.app->reset(std::make_unique<Screen>());
  h.app->pump();
  CHECK(h.app->depth() == 1);
  h.advance_ms(10'000);
  h.app->pump();
  CHECK_FALSE(fired);
}

TEST_CASE("a screen timer fires on the injected clock while its screen is shown") {
  test::Harness h;
  int fired = 0;
  h.show(std::make_unique<Screen>());
  h.app->top()->after(std::chrono::seconds(20), [&] { ++fired; });
  h.advance_ms(19'999);
  h.app->pump();
  CHECK(fired == 0);
  h.advance_ms(1);
  h.app->pump();
  CHECK(fired == 1);
}

TEST_CASE("a modal takes all input and can close itself from its own button") {
  test::Harness h;
  int behind = 0;
  auto screen = std::make_unique<Screen>();
  Button& under = screen->root().add<Button>(literal("Behind"), [&] { ++behind; });
  Screen& s = h.show(std::move(screen));
  Modal& modal = s.show_modal(std::make_unique<Modal>(literal("Still there?"), literal("")));
  Button& here = modal.add_button(literal("I'm still here"), [&s] { s.close_modal(); });
  h.app->pump();
  h.finger_tap(under.bounds().center());
  CHECK(behind == 0);
  CHECK(s.find_by_label(h.app->context(), "Behind") == nullptr);
  h.tap(here);
  CHECK(s.modal() == nullptr);
  h.tap(under);
  CHECK(behind == 1);
}

TEST_CASE("a modal's backdrop ends opaque: what was typed under it is no longer drawn or animated") {
  test::Harness h;
  auto owned = std::make_unique<MovingScreen>();
  owned->root().add<Label>(literal("Sentinel answer 1987"));
  Screen& s = h.show(std::move(owned));
  CHECK(drawn(*h.app, "Sentinel answer 1987"));
  s.show_modal(std::make_unique<Modal>(literal("Still there?"), literal("")));
  h.advance_ms(100);  // mid-fade: the screen still shows through
  h.app->invalidate();
  h.app->pump();
  CHECK(drawn(*h.app, "Sentinel answer 1987"));
  CHECK(s.animating(h.app->now()));
  h.advance_ms(static_cast<int>(Modal::kFade.count()));
  h.app->invalidate();
  h.app->pump();
  CHECK(drawn(*h.app, "Still there?"));
  CHECK_FALSE(drawn(*h.app, "Sentinel answer 1987"));
  CHECK_FALSE(s.animating(h.app->now()));  // the moving background under it needs no frames
  s.close_modal();
  h.app->pump();
  CHECK(drawn(*h.app, "Sentinel answer 1987"));
  CHECK(s.animating(h.app->now()));
}
