#pragma once
// What every stillpoint-server command shares: reading its options, loading the config,
// opening the database and the Clinic on it. serve uses it too.
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "clinic/clinic.h"
#include "stillpoint/core/server_config.h"

namespace stillpoint::server {

// A command line that does not follow the usage: main prints the usage and exits with 2.
class UsageError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

// Removes "--name VALUE" or "--name=VALUE" from `args` and returns VALUE (the last one when
// repeated). Throws UsageError when the value is missing.
std::optional<std::string> take_option(std::vector<std::string>& args, std::string_view name);

// Throws UsageError naming the first argument left in `args` (an unknown option or operand).
void require_no_more(const std::vector<std::string>& args);

// Splits --config and --db (anywhere on the line) from the rest of `args`.
CommonOptions take_common_options(std::vector<std::string>& args);

// The server config: the file named by --config, or the defaults when the default file is
// missing. A relative assets_dir resolves against the config file's folder. Throws
// std::runtime_error with a message naming the file and the field.
ServerConfig load_server_config(const CommonOptions& common);

// The Clinic on the database at --db (its folder created when missing), with the real clock.
// Throws std::runtime_error when the database cannot be opened.
std::unique_ptr<Clinic> open_clinic(const CommonOptions& common, const ServerConfig& config);

// The wall clock every command runs on.
const TimeSource& system_time();

// The usage text printed for --help and after a usage error.
std::string usage_text();

}  // namespace stillpoint::server
