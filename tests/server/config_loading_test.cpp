// How the commands find their config: the example file, relative asset folders, missing files.
#include <doctest/doctest.h>

#include <fstream>

#include "cli/cli_setup.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;

TEST_CASE(
    "GIVEN the example config/server.json WHEN loaded THEN it is valid and its assets folder "
    "is the repository's assets/") {
  CommonOptions common;
  common.config_path = STILLPOINT_SOURCE_DIR "/config/server.json";
  common.config_given = true;
  const auto config = load_server_config(common);
  CHECK(std::filesystem::equivalent(config.assets_dir, STILLPOINT_SOURCE_DIR "/assets"));
  CHECK(config.rooms == std::vector<std::string>{"Room 1", "Room 2"});
}

TEST_CASE(
    "GIVEN a config in another folder with a relative assets_dir WHEN loaded THEN assets_dir "
    "is resolved against the config's folder, not the working directory") {
  TempDir dir;
  std::filesystem::create_directories(dir.path() / "etc");
  std::ofstream(dir.path() / "etc" / "server.json")
      << R"({"assets_dir": "screens", "rooms": ["Blue"]})";
  CommonOptions common;
  common.config_path = (dir.path() / "etc" / "server.json").string();
  common.config_given = true;
  const auto config = load_server_config(common);
  CHECK(config.assets_dir == (dir.path() / "etc" / "screens").string());
  CHECK(config.rooms == std::vector<std::string>{"Blue"});
}

TEST_CASE(
    "GIVEN no config file WHEN it was the default path THEN defaults, WHEN it was named THEN "
    "an error") {
  TempDir dir;
  CommonOptions common;
  common.config_path = (dir.path() / "server.json").string();
  CHECK(load_server_config(common).rooms == ServerConfig{}.rooms);
  common.config_given = true;
  CHECK_THROWS_AS(load_server_config(common), std::runtime_error);
}

TEST_CASE(
    "GIVEN options anywhere on the line WHEN taken THEN both spellings work and the rest stays") {
  std::vector<std::string> args = {"add-device",   "--db",     "x.db",
                                   "--name=Front", "--config", "c.json"};
  const auto common = take_common_options(args);
  CHECK(common.db_path == "x.db");
  CHECK(common.config_path == "c.json");
  CHECK(common.config_given);
  CHECK(take_option(args, "name") == std::optional<std::string>("Front"));
  CHECK(args == std::vector<std::string>{"add-device"});
  std::vector<std::string> dangling = {"--role"};
  CHECK_THROWS_AS(take_option(dangling, "role"), UsageError);
}

TEST_CASE(
    "GIVEN a config that names no assets_dir WHEN loaded from another folder THEN the assets are "
    "the ones the binary shipped with (an installed server's config needs no path)") {
  TempDir dir;
  std::ofstream(dir.path() / "server.json") << R"({"rooms": ["Blue"]})";
  CommonOptions common;
  common.config_path = (dir.path() / "server.json").string();
  common.config_given = true;
  const auto config = load_server_config(common);
  CHECK(std::filesystem::exists(std::filesystem::path(config.assets_dir) / "staff" / "index.html"));
}
