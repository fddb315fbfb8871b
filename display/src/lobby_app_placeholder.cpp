// PLACEHOLDER: replaced by the lobby display work.
#include <cstdio>

#include "stillpoint/display/lobby_app.h"

namespace stillpoint::display {
int run_lobby(const LobbyLaunch&) {
  std::fputs("stillpoint-kiosk: the lobby mode is not built yet\n", stderr);
  return 1;
}
}  // namespace stillpoint::display
