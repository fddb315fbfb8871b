#pragma once
// The stillpoint-kiosk command line, parsed apart from main so tests can check it.
#include <optional>
#include <string>
#include <vector>

namespace stillpoint::kiosk {

struct KioskArgs {
  std::string config;  // empty: default_config_file("kiosk.json")
  std::optional<std::string> mode;  // "kiosk" | "lobby": overrides the config
  std::optional<std::string> windowed;
  std::optional<std::string> screenshot_dir;
  std::optional<std::string> script;
  bool demo = false;           // in-memory backend: nothing sent, nothing stored
  bool print_startup = false;  // print the time to the first frame on stderr
  bool help = false;
  bool version = false;
};

// Parses argv[1..]; std::nullopt (with `error` set) when something is wrong.
std::optional<KioskArgs> parse_kiosk_args(const std::vector<std::string>& args, std::string& error);

// The --help text.
std::string kiosk_usage();

}  // namespace stillpoint::kiosk
