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

void check_lifecycle(ReadmeTree& tree, NotifySocket& systemd, pid_t pid, const std::string& name) {
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
  stillpoint::testing::TempDir dir;
  ReadmeTree tree(dir.path());
  NotifySocket systemd(dir.path() / "notify");
  pid_t server = 0;
  {
    SystemdEnvironment unit(systemd, "1000000");
    server = tree.start("server", {tree.server_exe(), "--config", "config/server.json", "--db",
                                   "var/clinic.db", "serve"});
  }
  check_lifecycle(tree, systemd, server, "server");
}

TEST_CASE("systemd: the lobby is ready when its loop runs and feeds the watchdog from it") {
  stillpoint::testing::TempDir dir;
  ReadmeTree tree(dir.path());
  NotifySocket systemd(dir.path() / "notify");
  pid_t lobby = 0;
  {
    SystemdEnvironment unit(systemd, "1000000");
    lobby = tree.start("lobby", {tree.kiosk_exe(), "--config", "config/lobby.json", "--windowed", "640x360"});
  }
  check_lifecycle(tree, systemd, lobby, "lobby");
}

TEST_CASE("systemd: the kiosk is ready when its loop runs and feeds the watchdog from it") {
  stillpoint::testing::TempDir dir;
  ReadmeTree tree(dir.path());
  NotifySocket systemd(dir.path() / "notify");
  pid_t kiosk = 0;
  {
    SystemdEnvironment unit(systemd, "1000000");
    kiosk = tree.start("kiosk", {tree.kiosk_exe(), "--config", "config/kiosk.json", "--windowed", "540x960"});
  }
  check_lifecycle(tree, systemd, kiosk, "kiosk");
}
