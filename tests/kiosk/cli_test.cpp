// The command line, and the executable's smoke tests: --help, --version, --screenshot.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "stillpoint/kiosk/cli.h"
#include "support.h"

using namespace stillpoint::kiosk;

namespace {
int run(const std::string& command) {
  const int status = std::system(command.c_str());
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}
std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("options are parsed, and bad ones refused with a reason") {
  std::string error;
  auto a = parse_kiosk_args({"--config", "x.json", "--mode", "lobby", "--windowed", "1280x800",
                             "--screenshot", "out", "--script", "s.txt", "--demo"},
                            error);
  REQUIRE(a);
  CHECK(a->config == "x.json");
  CHECK(a->mode == std::optional<std::string>("lobby"));
  CHECK(a->windowed == std::optional<std::string>("1280x800"));
  CHECK(a->screenshot_dir == std::optional<std::string>("out"));
  CHECK(a->script == std::optional<std::string>("s.txt"));
  CHECK(a->demo);
  CHECK_FALSE(parse_kiosk_args({"--mode", "tv"}, error));
  CHECK(error.find("--mode") != std::string::npos);
  CHECK_FALSE(parse_kiosk_args({"--windowed", "huge"}, error));
  CHECK_FALSE(parse_kiosk_args({"--config"}, error));
  CHECK_FALSE(parse_kiosk_args({"--fly"}, error));
}

TEST_CASE("stillpoint-kiosk --help and --version work") {
  const auto dir = test::scratch_dir("cli");
  CHECK(run(std::string(STILLPOINT_KIOSK_EXE) + " --help > " + (dir / "help.txt").string()) == 0);
  CHECK(slurp(dir / "help.txt").find("--screenshot DIR") != std::string::npos);
  CHECK(run(std::string(STILLPOINT_KIOSK_EXE) + " --version > " + (dir / "version.txt").string()) == 0);
  CHECK(slurp(dir / "version.txt").find("stillpoint-kiosk 0.") == 0);
  CHECK(run(std::string(STILLPOINT_KIOSK_EXE) + " --mode tv 2> /dev/null") == 2);
}

TEST_CASE("stillpoint-kiosk --screenshot renders the main screens headless") {
  const auto dir = test::scratch_dir("screenshots");
  const auto shots = dir / "shots";
  const std::string command = "SDL_VIDEODRIVER=offscreen " + std::string(STILLPOINT_KIOSK_EXE) +
                              " --config " + (test::source_dir() / "config" / "kiosk.json").string() +
                              " --windowed 540x960 --screenshot " + shots.string() + " > " +
                              (dir / "out.txt").string();
  REQUIRE(run(command) == 0);
  for (const char* name : {"welcome", "choose", "dob", "initial", "confirm", "ticket", "help", "idle"}) {
    const auto png = shots / (std::string("kiosk-") + name + ".png");
    CHECK_MESSAGE(std::filesystem::exists(png), png);
    if (std::filesystem::exists(png)) CHECK(std::filesystem::file_size(png) > 1000);
  }
  // Screenshots use the in-memory demo clinic: no outbox appears in the configured data_dir.
  CHECK(slurp(dir / "out.txt").find("kiosk-idle.png") != std::string::npos);
}

TEST_CASE("README: stillpoint-kiosk --demo --windowed 1920x1080 --screenshot DIR renders the landscape set") {
  const auto dir = test::scratch_dir("screenshots-landscape");
  const auto shots = dir / "landscape";
  // As the README runs it: from the checkout's root, the demo clinic, a folder not made yet.
  const std::string command = "cd " + test::source_dir().string() + " && SDL_VIDEODRIVER=offscreen " +
                              std::string(STILLPOINT_KIOSK_EXE) + " --demo --windowed 1920x1080 --screenshot " +
                              shots.string() + " > " + (dir / "out.txt").string();
  REQUIRE(run(command) == 0);
  for (const char* name : {"welcome", "dob", "ticket", "help"}) {
    const auto png = shots / (std::string("kiosk-") + name + ".png");
    REQUIRE_MESSAGE(std::filesystem::exists(png), png);
    // A PNG's IHDR holds width and height, big-endian, at bytes 16 and 20.
    const std::string head = slurp(png).substr(0, 24);
    const auto be32 = [&](std::size_t at) {
      std::uint32_t v = 0;
      for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(head[at + i]);
      return v;
    };
    CHECK(be32(16) == 1920);
    CHECK(be32(20) == 1080);
  }
}
