#pragma once
// The subcommands of stillpoint-server, one file each, dispatched from main.cpp.
#include <string>
#include <vector>

namespace stillpoint::server {

struct CommonOptions {
  std::string config_path = "config/server.json";
  std::string db_path = "var/clinic.db";
  // Whether --config was given: a missing default config means "use the defaults", a missing
  // config the operator named is an error.
  bool config_given = false;
};

// Each returns the process exit code. `args` are the arguments after the subcommand name with
// --config and --db already removed.
int run_serve(const CommonOptions& common, const std::vector<std::string>& args);  // serve_command.cpp
int run_add_device(const CommonOptions& common, const std::vector<std::string>& args);
int run_add_staff(const CommonOptions& common, const std::vector<std::string>& args);
int run_import_appointments(const CommonOptions& common, const std::vector<std::string>& args);
int run_purge(const CommonOptions& common, const std::vector<std::string>& args);
int run_check(const CommonOptions& common, const std::vector<std::string>& args);

}  // namespace stillpoint::server
