// The loop draws only when something changed or animates, sleeps otherwise, and re-renders at
// once on a language switch.
#include <doctest/doctest.h>

#include <map>

#include "test_support.h"

using namespace stillpoint::ui;

TEST_CASE("nothing is redrawn while nothing changes, and a setter causes one redraw") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& label = screen->root().add<Label>(literal("Please have a seat"));
  h.show(std::move(screen));
  const auto frames = h.app->frames_drawn();
  for (int i = 0; i < 20; ++i) {
    h.advance_ms(1000);
    CHECK_FALSE(h.app->pump());
  }
  CHECK(h.app->frames_drawn() == frames);
  CHECK_FALSE(h.app->wait_budget());  // run() would block until input
  label.set_text(literal("A-07"));
  CHECK(h.app->pump());
  CHECK(h.app->frames_drawn() == frames + 1);
  CHECK_FALSE(h.app->pump());
  CHECK(h.app->drawn_text() == std::vector<std::string>{"A-07"});
}

TEST_CASE("an animation draws frames until it ends, then one final frame, then none") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& toggle = screen->root().add<Toggle>(literal("Quiet room"));
  h.show(std::move(screen));
  h.tap(toggle);
  REQUIRE(toggle.animating(h.app->now()));
  REQUIRE(h.app->wait_budget());
  CHECK(*h.app->wait_budget() > stillpoint::Clock::duration::zero());
  const auto start = h.app->frames_drawn();
  h.advance_ms(50);
  CHECK(h.app->pump());
  h.advance_ms(50);
  CHECK(h.app->pump());
  h.advance_ms(500);  // past the end
  CHECK(h.app->pump());  // the final state
  CHECK_FALSE(h.app->pump());
  CHECK(h.app->frames_drawn() == start + 3);
}

TEST_CASE("the loop sleeps until the next timer is due") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  h.app->after(std::chrono::seconds(60), [] {});
  const auto budget = h.app->wait_budget();
  REQUIRE(budget);
  CHECK(*budget == std::chrono::seconds(60));
}

TEST_CASE("every touch, key and typed text reports activity for idle tracking") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  screen->root().add<TextField>(literal("Name"));
  h.show(std::move(screen));
  int activity = 0;
  h.app->set_activity_listener([&] { ++activity; });
  h.advance_ms(5000);
  h.finger_tap({10, 10}, /*with_synthetic_mouse=*/false);
  CHECK(activity == 2);  // down and up
  CHECK(h.app->last_activity() == h.app->now());
  h.text("a");
  h.key(SDLK_TAB);
  CHECK(activity == 4);
}

TEST_CASE("switching language re-renders every text at once") {
  std::map<std::string, std::string, std::less<>> en{{"seat", "Please have a seat"}};
  std::map<std::string, std::string, std::less<>> es{{"seat", "Por favor, tome asiento"}};
  test::Harness h({1080, 1920}, Theme{}, [&](std::string_view k) { return en.find(k)->second; });
  auto screen = std::make_unique<Screen>();
  screen->root().add<Label>(tr("seat"));
  auto& button = screen->root().add<Button>(tr("seat"));
  h.show(std::move(screen));
  CHECK(h.app->drawn_text() == std::vector<std::string>{"Please have a seat", "Please have a seat"});
  h.app->set_translator([&](std::string_view k) { return es.find(k)->second; });
  CHECK(h.app->pump());
  CHECK(h.app->drawn_text() ==
        std::vector<std::string>{"Por favor, tome asiento", "Por favor, tome asiento"});
  CHECK(button.label(h.app->context()) == "Por favor, tome asiento");
}

TEST_CASE("timers fire in due order and may schedule more") {
  Timers timers;
  const stillpoint::TimePoint t0{};
  std::vector<int> order;
  timers.at(t0 + std::chrono::seconds(2), [&] { order.push_back(2); });
  timers.at(t0 + std::chrono::seconds(1), [&] {
    order.push_back(1);
    timers.at(t0 + std::chrono::seconds(1), [&] { order.push_back(11); });
  });
  const auto cancelled = timers.at(t0 + std::chrono::seconds(1), [&] { order.push_back(99); });
  timers.cancel(cancelled);
  CHECK(timers.fire_due(t0) == 0);
  CHECK(timers.fire_due(t0 + std::chrono::seconds(5)) == 3);
  CHECK(order == std::vector<int>{1, 11, 2});
  CHECK_FALSE(timers.next_due());
}
