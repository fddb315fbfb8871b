#pragma once
// The settings of a kiosk or lobby screen (config/kiosk.json, config/lobby.json): one app,
// two modes. Secrets stay out of this file: the bearer token is read from `token_file`, so a
// clinic can copy one config to every screen.
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
  std::string assets_dir = "assets";  // shipped defaults: forms, content, translations, themes
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
// returned as written; the app resolves them against the config file's folder.
DeviceConfig device_config_from_json(const nlohmann::json& document);

}  // namespace stillpoint
