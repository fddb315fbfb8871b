#include <doctest/doctest.h>

#include <fstream>

#include "stillpoint/core/device_config.h"
#include "stillpoint/core/install_paths.h"
#include "stillpoint/core/json_reader.h"
#include "temp_dir.h"

using namespace stillpoint;
using nlohmann::json;

TEST_CASE("device config: an empty object is a working kiosk") {
  const auto c = device_config_from_json(json::object());
  CHECK(c.mode == DeviceMode::kiosk);
  CHECK(c.idle_seconds == 60);
  CHECK(c.idle_countdown_seconds == 15);
  CHECK(c.network_budget_ms == 2000);
  CHECK(c.admin_pin.empty());
}

TEST_CASE("device config: lobby mode keeps its own section for the display to read") {
  const auto c = device_config_from_json({{"mode", "lobby"}, {"lobby", {{"queue_panel", "side"}}}});
  CHECK(c.mode == DeviceMode::lobby);
  CHECK(c.lobby.at("queue_panel") == "side");
}

TEST_CASE("device config: mistakes name the field") {
  auto field_of = [](const json& doc) {
    try {
      device_config_from_json(doc);
    } catch (const FieldError& e) {
      return e.field();
    }
    return std::string("<none>");
  };
  CHECK(field_of({{"mode", "tv"}}) == "mode");
  CHECK(field_of({{"ticket_prefix", "a"}}) == "ticket_prefix");
  CHECK(field_of({{"admin_pin", "12"}}) == "admin_pin");
  CHECK(field_of({{"admin_pin", "12ab"}}) == "admin_pin");
  CHECK(field_of({{"server_url", "ftp://x"}}) == "server_url");
  CHECK(field_of({{"default_language", "fr"}}) == "default_language");
  CHECK(field_of({{"idle_seconds", 1}}) == "idle_seconds");
  CHECK(field_of({{"colour", "blue"}}) == "colour");
}

TEST_CASE("device config file: relative paths are read from the file's folder, once") {
  stillpoint::testing::TempDir dir;
  std::filesystem::create_directories(dir / "config");
  std::ofstream(dir / "config" / "lobby.json")
      << R"({"mode": "lobby", "token_file": "../var/lobby.token", "data_dir": "../var/lobby",
            "assets_dir": "/opt/assets"})";
  // As the README runs it: a path relative to the working folder.
  const auto relative = std::filesystem::relative(dir / "config" / "lobby.json");
  const auto c = load_device_config_file(relative);
  CHECK(c.mode == DeviceMode::lobby);
  const auto var = std::filesystem::relative(dir / "var").lexically_normal();
  CHECK(c.token_file == (var / "lobby.token").string());
  CHECK(c.data_dir == (var / "lobby").string());
  CHECK(c.assets_dir == "/opt/assets");  // absolute stays as written

  // Resolving an already resolved config again would move it (the bug a lobby once had).
  auto twice = c;
  resolve_device_paths(twice, relative.parent_path());
  CHECK(twice.token_file != c.token_file);
}

TEST_CASE("device config file: a file beside the working folder resolves against '.'") {
  DeviceConfig c;
  c.token_file = "kiosk.token";
  c.data_dir = "";
  resolve_device_paths(c, "");
  CHECK(c.token_file == "kiosk.token");
  CHECK(c.data_dir.empty());  // empty stays empty: "no file", not "the current folder"
}

TEST_CASE("device config file: mistakes and missing files are clear errors") {
  stillpoint::testing::TempDir dir;
  CHECK_THROWS_WITH_AS(load_device_config_file(dir / "nothing.json"),
                       doctest::Contains("cannot read"), std::runtime_error);
  std::ofstream(dir / "bad.json") << R"({"theme": "neon"})";
  CHECK_THROWS_AS(load_device_config_file(dir / "bad.json"), FieldError);
}

TEST_CASE("token file: trailing white space goes, a missing file is empty") {
  stillpoint::testing::TempDir dir;
  std::ofstream(dir / "t") << "abc123 \r\n";
  CHECK(read_token_file(dir / "t") == "abc123");
  CHECK(read_token_file(dir / "missing").empty());
}

TEST_CASE("shipped files: a binary in its build folder finds the checkout's assets") {
  const auto assets = shipped_assets_dir("stillpoint-kiosk");
  CHECK(std::filesystem::exists(assets / "themes" / "normal.json"));
}

TEST_CASE("default config: config/NAME in the working folder, else the installed one") {
  stillpoint::testing::TempDir dir;
  const auto before = std::filesystem::current_path();
  std::filesystem::current_path(dir.path());
  const auto installed = default_config_file("kiosk.json");
  std::filesystem::create_directories("config");
  std::ofstream("config/kiosk.json") << "{}";
  const auto local = default_config_file("kiosk.json");
  std::filesystem::current_path(before);
  CHECK(installed.is_absolute());
  CHECK(installed.filename() == "kiosk.json");
  CHECK(installed.parent_path().filename() == "stillpoint");
  CHECK(local == std::filesystem::path("config") / "kiosk.json");
}

TEST_CASE("device config file: no assets_dir means the assets the kiosk shipped with") {
  stillpoint::testing::TempDir dir;
  std::ofstream(dir / "kiosk.json") << R"({"mode": "kiosk"})";
  const auto c = load_device_config_file(dir / "kiosk.json");
  CHECK(c.assets_dir == shipped_assets_dir("stillpoint-kiosk").string());
}
