#include "stillpoint/display/lobby_config.h"

#include <nlohmann/json.hpp>

#include "stillpoint/core/json_reader.h"

namespace stillpoint::display {
namespace {

void read_message(JsonObjectReader& r, LobbyConfig& c) {
  const auto* message = r.optional_object("message");
  if (!message) return;
  JsonObjectReader m(*message, r.path_of("message"));
  c.message_en = m.string("en", 120);
  c.message_es = m.string("es", 120);
  m.finish();
}

void read_chime(JsonObjectReader& r, LobbyConfig& c) {
  const auto* chime = r.optional_object("chime");
  if (!chime) return;
  JsonObjectReader m(*chime, r.path_of("chime"));
  if (auto v = m.optional_boolean("enabled")) c.chime = *v;
  if (auto v = m.optional_integer("volume", 0, 100)) c.chime_volume = static_cast<int>(*v);
  m.finish();
}

void read_panel(JsonObjectReader& r, LobbyConfig& c) {
  const auto panel = r.optional_string("queue_panel", 16);
  if (!panel) return;
  if (*panel == "side") c.panel = PanelPlacement::side;
  else if (*panel == "bottom") c.panel = PanelPlacement::bottom;
  else throw FieldError(r.path_of("queue_panel"), "lobby.queue_panel must be side or bottom");
}

}  // namespace

LobbyConfig lobby_config_from_json(const nlohmann::json& section) {
  JsonObjectReader r(section, "lobby");
  LobbyConfig c;
  read_panel(r, c);
  if (auto v = r.optional_boolean("show_codes")) c.show_codes = *v;
  if (auto v = r.optional_integer("next_codes", 0, 8)) c.next_codes = static_cast<int>(*v);
  read_message(r, c);
  read_chime(r, c);
  if (auto v = r.optional_integer("fps", 1, 60)) c.fps = static_cast<int>(*v);
  if (auto v = r.optional_integer("crossfade_ms", 0, 5000)) c.crossfade = std::chrono::milliseconds(*v);
  if (auto v = r.optional_integer("takeover_seconds", 3, 30)) c.takeover = std::chrono::seconds(*v);
  if (auto v = r.optional_integer("stale_after_seconds", 10, 600)) c.stale_after = std::chrono::seconds(*v);
  if (auto v = r.optional_integer("playlist_refresh_seconds", 30, 86400))
    c.playlist_refresh = std::chrono::seconds(*v);
  if (auto v = r.optional_boolean("clock_24h")) c.clock_24h = *v;
  r.finish();
  return c;
}

}  // namespace stillpoint::display
