// run_lobby: from the executable's parsed command line to a running lobby screen.
#include "stillpoint/display/lobby_app.h"

#include <cstdio>
#include <filesystem>

#include "stillpoint/core/json_reader.h"
#include "stillpoint/display/lobby.h"
#include "stillpoint/ui/script.h"
#include "stillpoint/ui/service_watchdog.h"
#include "stillpoint/ui/stop_signals.h"

namespace stillpoint::display {
namespace {

LobbyOptions options_from(const LobbyLaunch& launch) {
  LobbyOptions o;
  o.device = launch.config;
  o.lobby = lobby_config_from_json(launch.config.lobby);
  o.assets_dir = launch.config.assets_dir;
  o.data_dir = launch.config.data_dir;
  if (!launch.config.token_file.empty()) {
    o.token = read_token_file(launch.config.token_file);
    if (o.token.empty())
      std::fputs("lobby: the token file is missing or empty; showing content without the queue\n", stderr);
  }
  if (launch.windowed) {
    const auto size = ui::parse_window_size(*launch.windowed);
    if (!size) throw FieldError("windowed", "--windowed must look like 1920x1080");
    o.window.fullscreen = false;
    o.window.size = *size;
  } else {
    o.window.size = {1920, 1080};
  }
  return o;
}

}  // namespace

int run_lobby(const LobbyLaunch& launch) {
  try {
    Lobby lobby(options_from(launch));
    ui::StopSignals stop_signals([&lobby] { lobby.request_stop(); });
    if (launch.script_path) {
      const auto commands = ui::load_script_file(*launch.script_path);
      ui::ScriptRunner runner(lobby.app(), {launch.screenshot_dir.value_or("."), nullptr,
                                            [&stop_signals] { return stop_signals.requested(); }});
      runner.run(commands);
      if (!ui::script_stays(commands)) return 0;
    }
    if (launch.screenshot_dir) {
      std::filesystem::create_directories(*launch.screenshot_dir);
      lobby.pump();
      lobby.app().save_screenshot(std::filesystem::path(*launch.screenshot_dir) / "lobby.png");
      return 0;
    }
    ui::ServiceWatchdog watchdog(lobby.app());
    lobby.run();
    return 0;
  } catch (const FieldError& e) {
    std::fprintf(stderr, "stillpoint-kiosk: lobby config: %s (%s)\n", e.what(), e.field().c_str());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "stillpoint-kiosk: lobby: %s\n", e.what());
    return 1;
  }
}

}  // namespace stillpoint::display
