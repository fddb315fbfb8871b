#pragma once
// The lobby display: the waiting-room screen mode of stillpoint-kiosk (--mode lobby).
#include <optional>
#include <string>

#include "stillpoint/core/device_config.h"

namespace stillpoint::display {

// What the executable's main parsed from its command line for the lobby.
struct LobbyLaunch {
  DeviceConfig config;                     // its paths already resolved (load_device_config_file)
  std::optional<std::string> windowed;     // "WxH" from --windowed; fullscreen otherwise
  std::optional<std::string> screenshot_dir;
  std::optional<std::string> script_path;
};

// Runs the lobby until the process is asked to stop; returns the exit code.
int run_lobby(const LobbyLaunch& launch);

}  // namespace stillpoint::display
