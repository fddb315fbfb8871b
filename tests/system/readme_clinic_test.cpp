// The README, run as written: the server, a kiosk and a lobby started as separate processes with
// the checkout's own relative config files, from a copy of the checkout's root. A lobby once
// read its config's paths twice and never showed the queue while every unit test passed, because
// none started it the way the README does.
#include <doctest/doctest.h>
#include <httplib.h>
#include <signal.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>

#include "child_process.h"
#include "readme_tree.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using stillpoint::testing::spawn_process;
using stillpoint::testing::TempDir;
using namespace stillpoint::system_test;

namespace {

// A walk-in in one tap: "Need help now?" on the welcome screen checks the person in at once and
// shows their number (the intake form, tapped through against a real server, has its own test
// in tests/kiosk). The script then leaves the kiosk running, as in a lobby.
constexpr const char* kKioskScript =
    "tap \"Need help now?\"\n"
    "await \"A-01\"\n"
    "screenshot kiosk-ticket\n"
    "stay\n";

}  // namespace

TEST_CASE("README: a walk-in at the kiosk shows on the lobby, staff call it, SIGTERM stops all three") {
  TempDir dir;
  ReadmeTree tree(dir.path());
  tree.run_setup();

  auto server = tree.start("server", {tree.server_exe(), "--config", "config/server.json", "--db",
                                      "var/clinic.db", "serve"});
  REQUIRE_MESSAGE(tree.wait_for_port(30s), tree.log("server"));

  tree.write("lobby.script",
             "await \"A-01\"\n"
             "screenshot lobby-waiting\n"
             "await \"Room 1\"\n"
             "screenshot lobby-called\n"
             "stay\n");
  auto lobby = tree.start("lobby", {tree.kiosk_exe(), "--config", "config/lobby.json", "--windowed",
                                    "1280x720", "--script", "lobby.script"});
  tree.write("kiosk.script", kKioskScript);
  auto kiosk = tree.start("kiosk", {tree.kiosk_exe(), "--config", "config/kiosk.json", "--windowed",
                                    "1080x1920", "--script", "kiosk.script"});

  // The kiosk shows the person their number, and the lobby draws it soon after.
  REQUIRE_MESSAGE(tree.wait_for_file("kiosk-ticket.png", 90s), tree.log("kiosk"));
  const auto ticket_shown = std::chrono::steady_clock::now();
  REQUIRE_MESSAGE(tree.wait_for_file("lobby-waiting.png", 30s), tree.log("lobby"));
  CHECK(std::chrono::steady_clock::now() - ticket_shown < 2s);
  CHECK(tree.log("lobby").find("token file") == std::string::npos);

  // The front desk calls the ticket; the lobby shows it called.
  httplib::Client api("127.0.0.1", tree.port());
  const httplib::Headers staff{{"Authorization", "Bearer " + tree.read("var/staff.token")}};
  const auto called = api.Post("/api/v1/tickets/A-01/call", staff, R"({"room":"Room 1"})",
                               "application/json");
  REQUIRE(called);
  CHECK_MESSAGE(called->status == 200, called->body);
  const auto call_sent = std::chrono::steady_clock::now();
  REQUIRE_MESSAGE(tree.wait_for_file("lobby-called.png", 30s), tree.log("lobby"));
  CHECK(std::chrono::steady_clock::now() - call_sent < 2s);

  // A service manager stops each with SIGTERM: all exit 0 and leave nothing running.
  CHECK(stop(kiosk, 20s) == 0);
  CHECK(stop(lobby, 20s) == 0);
  CHECK(stop(server, 20s) == 0);
  CHECK(processes_started_in(tree.root()).empty());
}
