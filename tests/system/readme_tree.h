#pragma once
// A copy of the checkout's root (config/ and assets/, as shipped) in a temporary folder, where
// the README's commands run as written: relative paths, the working folder at the root. Only the
// port changes, so the test never meets a demo already running on 8080.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace stillpoint::system_test {

class ReadmeTree {
public:
  // Copies config/ and assets/ under `root` and points the three configs at a free port.
  explicit ReadmeTree(std::filesystem::path root);

  // The README's set-up: a front-desk account, the kiosk, the lobby and a staff script device,
  // tokens written where config/kiosk.json and config/lobby.json look for them.
  void run_setup();
  // Starts `argv` from the root with the SDL offscreen driver; stdout and stderr go to
  // `name`.log. The pid is the program's own (no shell in between).
  pid_t start(const std::string& name, const std::vector<std::string>& argv);

  bool wait_for_port(std::chrono::seconds limit) const;
  bool wait_for_file(const std::string& relative, std::chrono::seconds limit) const;
  bool wait_for_text(const std::string& relative, const std::string& text, std::chrono::seconds limit) const;
  // Copies one more folder of the checkout (scripts/, for the demo) into the root.
  void copy_from_checkout(const std::string& folder) const;
  std::string log(const std::string& name) const;
  std::string read(const std::string& relative) const;
  void write(const std::string& relative, const std::string& text) const;

  const std::filesystem::path& root() const { return root_; }
  int port() const { return port_; }
  static std::string server_exe();
  static std::string kiosk_exe();

private:
  // Runs one shell command line from the root (for the README's `> var/kiosk.token`).
  void shell(const std::string& command) const;

  std::filesystem::path root_;
  int port_ = 0;
};

// Sends SIGTERM and waits up to `limit`; the exit status, or -signal. A process still running
// then is killed (and reported as -SIGKILL), so a hung program fails the test, not the suite.
int stop(pid_t pid, std::chrono::seconds limit);
// Waits up to `limit` for the process to end by itself; its status as stop() gives it.
int wait_exit(pid_t pid, std::chrono::seconds limit);
// Processes whose working folder is `root`: what a clean stop must leave none of.
std::vector<pid_t> processes_started_in(const std::filesystem::path& root);
// "pid command line" for each, one a line (for failure messages); empty for none.
std::string describe(const std::vector<pid_t>& pids);

}  // namespace stillpoint::system_test
