// add-staff --user NAME: sets a staff member's console password (creating the account when
// new). The password comes from stdin: typed twice without echo on a terminal, else one line.
#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

#include "cli/cli_setup.h"
#include "cli/commands.h"

namespace stillpoint::server {

namespace {

// Reads one line from stdin with the terminal's echo off, restoring it afterwards.
std::string read_hidden_line(const char* prompt) {
  std::cerr << prompt << std::flush;
  termios saved{};
  const bool is_terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
  if (is_terminal) {
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  std::getline(std::cin, line);
  if (is_terminal) tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
  std::cerr << "\n";
  return line;
}

// The new password: asked twice on a terminal, the first line of stdin otherwise.
std::string read_password() {
  if (isatty(STDIN_FILENO) != 0) {
    const std::string first = read_hidden_line("New password: ");
    const std::string again = read_hidden_line("Repeat it: ");
    if (first != again) throw std::runtime_error("the two passwords differ; nothing changed");
    return first;
  }
  std::string line;
  if (!std::getline(std::cin, line)) throw std::runtime_error("no password on stdin");
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

}  // namespace

int run_add_staff(const CommonOptions& common, const std::vector<std::string>& arguments) {
  auto args = arguments;
  const auto user = take_option(args, "user");
  require_no_more(args);
  if (!user) throw UsageError("add-staff needs --user");
  const ServerConfig config = load_server_config(common);
  auto clinic = open_clinic(common, config);
  const std::string password = read_password();
  try {
    clinic->add_staff(*user, password);
  } catch (const std::invalid_argument& e) {
    std::cerr << "stillpoint-server: add-staff: " << e.what() << "\n";
    return 1;
  }
  std::cerr << "stillpoint-server: the password is set\n";
  return 0;
}

}  // namespace stillpoint::server
