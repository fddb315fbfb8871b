// stillpoint-server: dispatches to one command per file. Exit codes: 0 done, 1 the command
// failed (message on stderr), 2 the command line was wrong (usage on stderr).
#include <cstdio>
#include <exception>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "cli/cli_setup.h"
#include "cli/commands.h"
#include "stillpoint/core/version.h"

namespace {

using namespace stillpoint::server;
using Command = int (*)(const CommonOptions&, const std::vector<std::string>&);

const std::map<std::string, Command, std::less<>>& commands() {
  static const std::map<std::string, Command, std::less<>> table = {
      {"serve", run_serve},         {"add-device", run_add_device},
      {"add-staff", run_add_staff}, {"import-appointments", run_import_appointments},
      {"purge", run_purge},         {"check", run_check},
  };
  return table;
}

bool has_flag(const std::vector<std::string>& args, const std::string& flag) {
  for (const auto& a : args)
    if (a == flag) return true;
  return false;
}

int usage_error(const std::string& message) {
  std::cerr << "stillpoint-server: " << message << "\n\n" << usage_text();
  return 2;
}

int run(std::vector<std::string> args) {
  if (has_flag(args, "--help") || has_flag(args, "-h")) {
    std::cout << usage_text();
    return 0;
  }
  if (has_flag(args, "--version")) {
    std::cout << "stillpoint-server " << stillpoint::kVersion << "\n";
    return 0;
  }
  const CommonOptions common = take_common_options(args);
  if (args.empty()) return usage_error("no command given");
  const auto command = commands().find(args.front());
  if (command == commands().end()) return usage_error("unknown command");
  args.erase(args.begin());
  return command->second(common, args);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const UsageError& e) {
    return usage_error(e.what());
  } catch (const std::exception& e) {
    std::cerr << "stillpoint-server: " << e.what() << "\n";
    return 1;
  }
}
