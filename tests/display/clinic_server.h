#pragma once
// The real stillpoint-server as a child process on loopback, with a kiosk (prefix A), a display
// and a staff device enrolled, and the few HTTP calls the lobby tests make as those devices.
#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

#include <nlohmann/json.hpp>

namespace stillpoint::display::testing {

class ClinicServer {
public:
  explicit ClinicServer(std::filesystem::path dir);
  ~ClinicServer();
  ClinicServer(const ClinicServer&) = delete;
  ClinicServer& operator=(const ClinicServer&) = delete;

  // Imports appointments (rows of first_name,last_name,birth_date,start,practitioner,service).
  void import_appointments(const std::vector<std::string>& rows);
  // Starts serving (port 0: a free one; else that port) and waits for /healthz.
  void start(int port = 0);
  void stop();
  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

  // POST /api/v1/checkins as the kiosk; returns the status.
  int check_in(const nlohmann::json& body) const;
  // A walk-in body for `ticket` with an optional free-text intake answer.
  static nlohmann::json walk_in(const std::string& ticket, const std::string& answer = {});
  // POST /api/v1/appointments/lookup as the kiosk: the appointment id, empty when none.
  std::string lookup(const std::string& birth_date, const std::string& initial) const;
  // The devices view as staff sees it (GET /api/v1/devices): the device named `name`.
  nlohmann::json device(const std::string& name) const;
  // POST /api/v1/tickets/{ticket}/call as staff; returns the status.
  int call(const std::string& ticket, const std::string& room) const;

  std::string kiosk_token, display_token, staff_token;

private:
  std::vector<std::string> base_args() const;
  std::string add_device(const std::string& name, const std::string& role, const std::string& prefix);
  int post(const std::string& path, const std::string& token, const nlohmann::json& body,
           std::string* reply = nullptr, const std::string& idempotency_key = {}) const;

  std::filesystem::path dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

}  // namespace stillpoint::display::testing
