#pragma once
// The settings of a kiosk or lobby screen (config/kiosk.json, config/lobby.json): one app,
// two modes. Secrets stay out of this file: the bearer token is read from `token_file`, so a
// clinic can copy one config to every screen.
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace stillpoint {

enum class DeviceMode { kiosk, lobby };

struct DeviceConfig {
  DeviceMode mode = DeviceMode::kiosk;
  std::string clinic_name = "Stillpoint Clinic";
  std::string server_url = "http://127.0.0.1:8080";
  std::string token_file;             // holds the bearer token from `stillpoint-server add-device`
  std::string data_dir = "var/kiosk"; // outbox database and content cache
  std::string assets_dir;             // forms, content, translations, themes; empty: shipped ones
  std::string default_language = "en";
  std::string theme = "normal";       // normal | large-text | high-contrast
  std::string font_family = "Noto Sans";
  std::string form_id = "intake";     // the walk-in intake form

  // Kiosk mode.
  std::string ticket_prefix = "A";    // must match the server's add-device --ticket-prefix
  int idle_seconds = 60;              // no touch this long -> "Still there?"
  int idle_countdown_seconds = 15;    // then everything entered is wiped
  int ticket_screen_seconds = 20;     // the ticket stays this long, then welcome again
  std::string admin_pin;              // empty: the admin panel cannot be opened
  int network_budget_ms = 2000;       // a request slower than this falls to the offline path
  std::string helpline = "988";       // shown discreetly with "Need help now?"; empty hides it

  // Lobby mode: the display's own section, read strictly by display/.
  nlohmann::json lobby = nlohmann::json::object();
};

// Reads a device config, throwing FieldError naming the offending field. Relative paths are
// returned as written (see resolve_device_paths).
DeviceConfig device_config_from_json(const nlohmann::json& document);

// Makes token_file, data_dir and assets_dir usable from any working folder: each relative one is
// read from `folder` (the config file's own), and no assets_dir means the assets the kiosk
// shipped with (shipped_assets_dir). Resolving happens once, here, for both modes; the result is
// never resolved again.
void resolve_device_paths(DeviceConfig& config, const std::filesystem::path& folder);

// Reads `file` strictly and resolves its paths against the file's folder. Throws FieldError
// for a mistake in the file and std::runtime_error when it cannot be read.
DeviceConfig load_device_config_file(const std::filesystem::path& file);

// The bearer token kept in `file`, without trailing white space; empty when the file is
// missing, unreadable or empty (the device then runs without a server connection).
std::string read_token_file(const std::filesystem::path& file);

}  // namespace stillpoint
