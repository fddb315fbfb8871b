// `./stillpoint demo` after its build step: scripts/demo.sh run from a copy of the root, headless
// as on a server without a display. The kiosk and the lobby run live against the demo clinic,
// a failure of either is reported (never hidden), and Ctrl+C leaves nothing running.
#include <doctest/doctest.h>
#include <httplib.h>
#include <signal.h>

#include <filesystem>
#include <string>
#include <thread>

#include "child_process.h"
#include "readme_tree.h"
#include "temp_dir.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using namespace stillpoint::system_test;

namespace {

pid_t start_demo(const ReadmeTree& tree) {
  const std::string command = "cd '" + tree.root().string() + "' && unset DISPLAY WAYLAND_DISPLAY && " +
                              "STILLPOINT_LISTEN=127.0.0.1:" + std::to_string(tree.port()) +
                              " exec bash scripts/demo.sh '" + fs::path(STILLPOINT_SERVER_EXE).parent_path().parent_path().string() + "'";
  return stillpoint::testing::spawn_process({"/bin/sh", "-c", command}, tree.root() / "demo.out",
                                            tree.root() / "demo.err");
}

// What still runs from the demo's folders once the programs had 30 s to stop; empty when none.
std::string nothing_left(const ReadmeTree& tree) {
  const auto started = std::chrono::steady_clock::now();
  const auto left = [&] {
    auto pids = processes_started_in(tree.root());
    const auto more = processes_started_in(tree.root() / "var" / "demo" / "screenshots");
    pids.insert(pids.end(), more.begin(), more.end());
    return pids;
  };
  while (!left().empty() && std::chrono::steady_clock::now() - started < 30s)
    std::this_thread::sleep_for(50ms);
  MESSAGE("stopped after " << std::chrono::duration_cast<std::chrono::milliseconds>(
                                  std::chrono::steady_clock::now() - started).count() << " ms");
  return describe(left());
}

}  // namespace

TEST_CASE("demo: headless, the lobby draws the live clinic, and Ctrl+C stops everything") {
  stillpoint::testing::TempDir dir;
  ReadmeTree tree(dir.path());
  tree.copy_from_checkout("scripts");
  const pid_t demo = start_demo(tree);
  REQUIRE_MESSAGE(tree.wait_for_text("demo.out", "Stillpoint demo clinic on", 120s), tree.read("demo.err"));
  CHECK(tree.wait_for_file("var/demo/screenshots/lobby.png", 30s));
  CHECK(tree.wait_for_file("var/demo/screenshots/kiosk.png", 30s));
  CHECK(tree.read("var/demo/lobby.log").find("token file") == std::string::npos);

  httplib::Client api("127.0.0.1", tree.port());
  const httplib::Headers lobby{{"Authorization", "Bearer " + tree.read("var/lobby.token")}};
  const auto queue = api.Get("/api/v1/queue", lobby);
  REQUIRE(queue);
  CHECK(queue->status == 200);

  ::kill(demo, SIGINT);  // Ctrl+C
  CHECK(wait_exit(demo, 20s) != -SIGKILL);
  CHECK(nothing_left(tree) == "");
}

TEST_CASE("demo: a lobby that cannot start stops the demo with its log") {
  stillpoint::testing::TempDir dir;
  ReadmeTree tree(dir.path());
  tree.copy_from_checkout("scripts");
  tree.write("config/lobby.json", R"({"mode": "lobby", "theme": "neon"})");
  const pid_t demo = start_demo(tree);
  CHECK(wait_exit(demo, 120s) == 1);  // ends by itself, failing
  CHECK(tree.read("demo.err").find("theme") != std::string::npos);
  CHECK(nothing_left(tree) == "");
}
