// The service watchdog speaks systemd's notify protocol from the app's loop.
#include <doctest/doctest.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "notify_socket.h"
#include "stillpoint/ui/service_watchdog.h"
#include "test_support.h"

using namespace stillpoint::ui;
using namespace std::chrono_literals;

namespace {

// systemd's notify socket, named in this process's environment for as long as it lives.
class NotifySocket : public stillpoint::testing::NotifySocket {
public:
  NotifySocket() : stillpoint::testing::NotifySocket(test::scratch_dir("notify") / "notify.sock") {
    ::setenv("NOTIFY_SOCKET", path().c_str(), 1);
  }
  ~NotifySocket() {
    ::unsetenv("NOTIFY_SOCKET");
    ::unsetenv("WATCHDOG_USEC");
    ::unsetenv("WATCHDOG_PID");
  }
  std::vector<std::string> received() { return drain(); }
};

}  // namespace

TEST_CASE("the watchdog says ready, is fed only while the loop runs, and says stopping") {
  NotifySocket systemd;
  ::setenv("WATCHDOG_USEC", "2000000", 1);
  ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
  test::Harness h({400, 300}, Theme{});
  {
    ServiceWatchdog watchdog(*h.app);
    CHECK(watchdog.interval() == 1s);
    CHECK(systemd.received() == std::vector<std::string>{"READY=1", "WATCHDOG=1"});
    h.clock.advance(900ms);
    h.app->pump();
    CHECK(systemd.received().empty());  // not due yet
    h.clock.advance(200ms);
    h.app->pump();
    CHECK(systemd.received() == std::vector<std::string>{"WATCHDOG=1"});
    h.clock.advance(5s);  // a loop that does not run feeds nothing
    CHECK(systemd.received().empty());
  }
  CHECK(systemd.received() == std::vector<std::string>{"STOPPING=1"});
}

TEST_CASE("under the kiosk compositor the app, a child of the unit's process, still feeds it") {
  NotifySocket systemd;
  ::setenv("WATCHDOG_USEC", "4000000", 1);
  ::setenv("WATCHDOG_PID", "1", 1);  // the unit's main process is cage, not this one
  test::Harness h({400, 300}, Theme{});
  ServiceWatchdog watchdog(*h.app);
  CHECK(watchdog.interval() == 2s);
  CHECK(systemd.received() == std::vector<std::string>{"READY=1", "WATCHDOG=1"});
}

TEST_CASE("without a watchdog period only readiness is sent, and outside systemd nothing") {
  {
    NotifySocket systemd;
    test::Harness h({400, 300}, Theme{});
    ServiceWatchdog watchdog(*h.app);
    CHECK(watchdog.interval() == 0s);
    CHECK(systemd.received() == std::vector<std::string>{"READY=1"});
  }
  test::Harness h({400, 300}, Theme{});
  ServiceWatchdog watchdog(*h.app);  // no NOTIFY_SOCKET: a harmless no-op
  CHECK(watchdog.interval() == 0s);
}
