#pragma once
// The real stillpoint-server, run as a child process on loopback for the fault tests: enrolled
// devices, start and stop (or SIGKILL) at will, and a look at what it stored.
#include <filesystem>
#include <set>
#include <string>
#include <sys/types.h>
#include <vector>

#include <nlohmann/json.hpp>

#include "child_process.h"

namespace stillpoint::sync::testing {

// The path of an executable built beside the tests (build/<preset>/bin/NAME).
std::filesystem::path built_executable(const std::string& name);

// A check-in as the front desk sees it.
struct ServerCheckin {
  std::string id;
  std::string ticket;
  bool urgent = false;
};

class ServerProcess {
public:
  explicit ServerProcess(std::filesystem::path dir);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  // Registers a device with the CLI and returns its bearer token.
  std::string add_device(const std::string& name, const std::string& role,
                         const std::string& prefix = {});
  // Starts serving (port 0: a free one, else the same port again) and waits until /healthz.
  void start(int port = 0);
  // SIGTERM and wait: a clean stop.
  void stop();
  bool running() const { return pid_ > 0; }
  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

  // Every check-in the server holds (GET /api/v1/checkins as staff).
  std::vector<ServerCheckin> checkins(const std::string& staff_token) const;
  // PRAGMA integrity_check on the server's database file.
  std::string integrity_check() const;

private:
  std::vector<std::string> base_args() const;
  std::filesystem::path dir_;
  pid_t pid_ = -1;
  int port_ = 0;
  int starts_ = 0;
};

}  // namespace stillpoint::sync::testing
