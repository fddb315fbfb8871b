#pragma once
// The lobby section of a device config ("lobby": {...} in config/lobby.json), read strictly.
#include <chrono>
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace stillpoint::display {

// Where the queue panel sits beside the content.
enum class PanelPlacement { side, bottom };

// Everything the lobby screen can be told; the defaults suit a 1080p TV in a quiet room.
struct LobbyConfig {
  PanelPlacement panel = PanelPlacement::side;
  // False: the screen never draws a ticket code, only "N people waiting".
  bool show_codes = true;
  int next_codes = 4;  // how many waiting codes the panel lists
  std::string message_en = "Welcome. Make yourself comfortable.";
  std::string message_es = "Le damos la bienvenida. Tómese su tiempo.";
  bool chime = true;
  int chime_volume = 40;  // percent
  int fps = 30;           // frame rate while something moves; nothing is drawn otherwise
  std::chrono::milliseconds crossfade{1200};
  std::chrono::seconds takeover{8};
  std::chrono::seconds stale_after{60};
  std::chrono::seconds playlist_refresh{300};
  bool clock_24h = false;
};

// Reads the lobby section; throws FieldError naming "lobby.<field>".
LobbyConfig lobby_config_from_json(const nlohmann::json& section);

}  // namespace stillpoint::display
