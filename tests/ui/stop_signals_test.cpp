// Stop signals reach the app's loop as a posted quit: at once, not at the next poll.
#include <doctest/doctest.h>

#include <csignal>

#include "stillpoint/ui/stop_signals.h"
#include "test_support.h"

using namespace stillpoint::ui;
using namespace std::chrono_literals;

TEST_CASE("SIGTERM calls back once, on the watcher thread, and ends a running loop") {
  test::Harness h({400, 300}, Theme{});
  int calls = 0;
  StopSignals stop([&calls, poster = h.app->poster(), app = h.app.get()] {
    ++calls;
    poster.post([app] { app->quit(); });
  });
  CHECK_FALSE(stop.requested());
  std::raise(SIGTERM);
  std::raise(SIGINT);  // a second signal changes nothing
  h.app->run();        // returns only because the posted quit ran
  CHECK(stop.requested());
  CHECK(calls == 1);
}

TEST_CASE("without a StopSignals the default action is back (handlers are restored)") {
  { StopSignals stop([] {}); }
  struct sigaction current {};
  ::sigaction(SIGTERM, nullptr, &current);
  CHECK((current.sa_handler == SIG_DFL));
}
