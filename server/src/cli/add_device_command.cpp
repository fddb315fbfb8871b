// add-device --name NAME --role kiosk|display|staff [--ticket-prefix P]: registers a device and
// prints its bearer token alone on stdout. This is the only time the token is ever shown.
#include <iostream>

#include "cli/cli_setup.h"
#include "cli/commands.h"

namespace stillpoint::server {

int run_add_device(const CommonOptions& common, const std::vector<std::string>& arguments) {
  auto args = arguments;
  const auto name = take_option(args, "name");
  const auto role_text = take_option(args, "role");
  const auto prefix = take_option(args, "ticket-prefix");
  require_no_more(args);
  if (!name) throw UsageError("add-device needs --name");
  if (!role_text) throw UsageError("add-device needs --role");
  const auto role = parse_device_role(*role_text);
  if (!role) throw UsageError("--role must be kiosk, display or staff");
  const ServerConfig config = load_server_config(common);
  auto clinic = open_clinic(common, config);
  try {
    const std::string token = clinic->add_device(*name, *role, prefix.value_or(""));
    std::cout << token << '\n' << std::flush;
  } catch (const std::invalid_argument& e) {
    std::cerr << "stillpoint-server: add-device: " << e.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace stillpoint::server
