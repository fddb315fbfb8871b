// App::post: any thread hands a task to the UI thread and wakes the loop from its wait at once;
// tasks keep their order, and posting after the loop or the App has gone is harmless.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include "test_support.h"

using namespace stillpoint::ui;
using std::chrono::milliseconds;
using std::chrono::steady_clock;

namespace {

// SDL user events waiting in SDL's queue (the App's wake-ups are among them).
int queued_user_events() {
  SDL_PumpEvents();
  return SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_USEREVENT, SDL_LASTEVENT);
}

}  // namespace

TEST_CASE("a task posted from another thread ends a long wait of the loop at once") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  REQUIRE_FALSE(h.app->wait_budget());  // idle: the loop would wait for input only
  std::atomic<bool> ran_on_ui_thread{false};
  const auto ui_thread = std::this_thread::get_id();
  std::thread worker([&] {
    std::this_thread::sleep_for(milliseconds(100));  // the loop is blocked in its wait by now
    h.app->post([&] { ran_on_ui_thread = std::this_thread::get_id() == ui_thread; });
  });
  const auto start = steady_clock::now();
  h.app->run_once(std::chrono::seconds(20));  // without a wake-up this waits the whole 20 s
  const auto waited = steady_clock::now() - start;
  worker.join();
  CHECK(ran_on_ui_thread);
  // Generous bound: the failure this guards against is the full 20 s wait, not a slow machine.
  CHECK(waited < std::chrono::seconds(10));
}

TEST_CASE("run() returns when a posted task quits the app") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  std::atomic<int> ran{0};
  std::thread worker([&] {
    std::this_thread::sleep_for(milliseconds(100));
    h.app->post([&] {
      ++ran;
      h.app->quit();
    });
  });
  h.app->run();  // would block in SDL_WaitEvent forever if the post did not wake it
  worker.join();
  CHECK(ran == 1);
  CHECK_FALSE(h.app->running());
}

TEST_CASE("posted tasks run in posting order, between frames, and a task's own post waits a turn") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  std::vector<int> order;  // touched only by tasks, on the UI thread
  std::thread worker([&] {
    for (int i = 0; i < 500; ++i) h.app->post([&order, i] { order.push_back(i); });
  });
  worker.join();
  CHECK(h.app->wait_budget() == stillpoint::Clock::duration::zero());  // work is waiting
  h.app->pump();
  REQUIRE(order.size() == 500);
  for (int i = 0; i < 500; ++i) CHECK(order[static_cast<std::size_t>(i)] == i);

  int nested = 0;
  h.app->post([&] { h.app->post([&] { ++nested; }); });
  h.app->pump();
  CHECK(nested == 0);  // not in the same drain: a task posting itself forever cannot hang a frame
  h.app->pump();
  CHECK(nested == 1);
  CHECK_FALSE(h.app->wait_budget());
}

TEST_CASE("many posts put one wake-up in SDL's queue, not one each") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  h.app->pump();
  const int before = queued_user_events();
  int ran = 0;
  for (int i = 0; i < 1000; ++i) h.app->post([&] { ++ran; });
  CHECK(queued_user_events() - before <= 1);
  h.app->pump();
  CHECK(ran == 1000);
  h.app->post([&] { ++ran; });  // after a drain, the next post wakes the loop again
  CHECK(queued_user_events() >= 1);
  h.app->pump();
  CHECK(ran == 1001);
}

TEST_CASE("a task that changes the screen is drawn in the same iteration") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& label = screen->root().add<Label>(literal("Please have a seat"));
  h.show(std::move(screen));
  h.app->pump();
  std::thread worker([&] { h.app->post([&] { label.set_text(literal("A-07")); }); });
  worker.join();
  CHECK(h.app->pump());
  CHECK(h.app->drawn_text() == std::vector<std::string>{"A-07"});
}

TEST_CASE("posting after the loop stopped or the app was destroyed is harmless") {
  auto h = std::make_unique<test::Harness>();
  h->show(std::make_unique<Screen>());
  h->app->post([&] { h->app->quit(); });
  h->app->run();
  int late = 0;
  h->app->post([&] { ++late; });  // the loop is not running: queued, run if pumped again
  h->app->pump();
  CHECK(late == 1);

  // A worker keeps posting through a handle while the App goes away underneath it.
  const Poster poster = h->app->poster();
  std::atomic<bool> refused{false};
  std::atomic<int> accepted{0};
  std::thread worker([&] {
    while (!refused) {
      if (poster.post([] {})) ++accepted;
      else refused = true;
    }
  });
  while (accepted < 100) std::this_thread::yield();
  h.reset();  // destroys the App (and SDL) while posts are arriving
  worker.join();
  CHECK(refused);
  bool ran_after = false;
  CHECK_FALSE(poster.post([&] { ran_after = true; }));
  CHECK_FALSE(ran_after);
  CHECK_FALSE(Poster{}.post([] {}));  // an empty handle refuses too
}
