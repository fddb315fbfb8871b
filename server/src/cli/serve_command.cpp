// PLACEHOLDER: replaced by the HTTP work (runs the HTTP API on --listen).
#include <cstdio>

#include "commands.h"

namespace stillpoint::server {
int run_serve(const CommonOptions&, const std::vector<std::string>&) {
  std::fputs("stillpoint-server: serve is not built yet\n", stderr);
  return 1;
}
}  // namespace stillpoint::server
