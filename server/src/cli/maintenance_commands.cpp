// purge and check: the maintenance a clinic runs from cron.
#include <iostream>

#include "cli/cli_setup.h"
#include "cli/commands.h"

namespace stillpoint::server {

int run_purge(const CommonOptions& common, const std::vector<std::string>& args) {
  require_no_more(args);
  const ServerConfig config = load_server_config(common);
  auto clinic = open_clinic(common, config);
  const int purged = clinic->purge_expired_answers();
  std::cout << "purged the intake answers of " << purged << " visits older than "
            << config.retention_days << " days\n";
  return 0;
}

int run_check(const CommonOptions& common, const std::vector<std::string>& args) {
  require_no_more(args);
  const ServerConfig config = load_server_config(common);
  auto clinic = open_clinic(common, config);
  const std::string result = clinic->integrity_check();
  std::cout << result << "\n";
  return result == "ok" ? 0 : 1;
}

}  // namespace stillpoint::server
