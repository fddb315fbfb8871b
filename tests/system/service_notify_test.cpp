// The programs as systemd runs them (Type=notify, WatchdogSec=): each says it is ready, feeds
// the watchdog while it works, and says it is stopping on SIGTERM.
#include <doctest/doctest.h>
#include <signal.h>
#include <stdlib.h>

#include <string>

#include "notify_socket.h"
#include "readme_tree.h"
#include "temp_dir.h"

using namespace std::chrono_literals;
using namespace stillpoint::system_test;
using stillpoint::testing::NotifySocket;

namespace {

// The environment systemd gives a unit's process, for the children started while it lives.
class SystemdEnvironment {
public:
  SystemdEnvironment(const NotifySocket& socket, const char* watchdog_usec) {
    ::setenv("NOTIFY_SOCKET", socket.path().c_str(), 1);
    ::setenv("WATCHDOG_USEC", watchdog_usec, 1);
  }
  ~SystemdEnvironment() {
    ::unsetenv("NOTIFY_SOCKET");
    ::unsetenv("WATCHDOG_USEC");
  }
};

// Messages until `wanted` arrives (or `limit` passes without any message).
bool receives(NotifySocket& socket, const std::string& wanted, std::chrono::milliseconds limit) {
  for (std::string m; !(m = socket.next(limit)).empty();)
    if (m == wanted) return true;
  return false;
}

// Starts one program from a README tree as a unit with WatchdogSec=1 would, then checks that it
// is ready, fed more than once, and stopping on SIGTERM with exit 0.
void check_under_systemd(const std::string& name, const std::vector<std::string>& argv) {
  stillpoint::testing::TempDir dir;
  ReadmeTree tree(dir.path());
  NotifySocket systemd(dir.path() / "notify");
  pid_t pid = 0;
  {
    SystemdEnvironment unit(systemd, "1000000");
    pid = tree.start(name, argv);
  }
  INFO(name << " log: " << tree.log(name));
  CHECK(receives(systemd, "READY=1", 60s));
  CHECK(receives(systemd, "WATCHDOG=1", 5s));
  CHECK(receives(systemd, "WATCHDOG=1", 5s));  // again: fed while it runs, not once
  ::kill(pid, SIGTERM);
  CHECK(receives(systemd, "STOPPING=1", 20s));
  CHECK(wait_exit(pid, 20s) == 0);
}

}  // namespace

TEST_CASE("systemd: the server is ready once it answers, feeds its watchdog, says stopping") {
  check_under_systemd("server", {ReadmeTree::server_exe(), "--config", "config/server.json", "--db",
                                 "var/clinic.db", "serve"});
}

TEST_CASE("systemd: the lobby is ready when its loop runs and feeds the watchdog from it") {
  check_under_systemd("lobby", {ReadmeTree::kiosk_exe(), "--config", "config/lobby.json", "--windowed", "640x360"});
}

TEST_CASE("systemd: the kiosk is ready when its loop runs and feeds the watchdog from it") {
  check_under_systemd("kiosk", {ReadmeTree::kiosk_exe(), "--config", "config/kiosk.json", "--windowed", "540x960"});
}
