#pragma once
// A real stillpoint HTTP server for one test: a fresh SQLite database and assets folder in a
// temporary directory, devices of every role, a manual clock, and the request log captured.
// It listens on a free loopback port, is running when the constructor returns, and is stopped
// and joined by the destructor.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "clinic/clinic.h"
#include "http/api_server.h"
#include "stillpoint/core/clock.h"
#include "stillpoint/core/server_config.h"
#include "temp_dir.h"

namespace stillpoint::server::http::testing {

using ::stillpoint::testing::TempDir;

// The server, its clinic and the credentials of one device per role.
class TestServer {
public:
  explicit TestServer(ServerConfig config = {});
  ~TestServer();

  // A client for the server with long timeouts (long-polls hold up to 25 s).
  httplib::Client client() const;
  int port() const { return port_; }
  Clinic& clinic() { return *clinic_; }
  ManualTimeSource& clock() { return clock_; }
  const std::filesystem::path& assets() const { return assets_; }
  const std::filesystem::path& root() const { return dir_.path(); }

  // Stops the server, closes the database, reopens both (as a restart of the process would).
  void restart();

  // Lines written to the request log so far; waits (bounded) until at least `at_least` exist,
  // since httplib logs after the reply is on the wire.
  std::vector<std::string> log_lines(std::size_t at_least = 0);

  std::string kiosk_token;    // kiosk "kiosk-a", ticket prefix A
  std::string kiosk_b_token;  // kiosk "kiosk-b", ticket prefix B
  std::string display_token;  // display "lobby"
  std::string staff_token;    // staff "desk"

private:
  void start();
  void stop();
  void write_assets();

  TempDir dir_;
  std::filesystem::path assets_;
  ServerConfig config_;
  ManualTimeSource clock_;
  std::unique_ptr<Clinic> clinic_;
  std::unique_ptr<ApiServer> server_;
  std::thread thread_;
  int port_ = 0;
  std::mutex log_mutex_;
  std::vector<std::string> log_;
};

// Headers with "Authorization: Bearer TOKEN".
httplib::Headers bearer(const std::string& token);

// A walk-in check-in body for `ticket` with a fresh id (or `id`).
nlohmann::json walk_in(const std::string& ticket, const std::string& id = {});

// POSTs a check-in as the kiosk with the matching Idempotency-Key.
httplib::Result post_checkin(httplib::Client& client, const std::string& token,
                             const nlohmann::json& body);

// Parses a response body as JSON (null when it is not JSON).
nlohmann::json body_json(const httplib::Result& res);

// A lobby's long-poll (GET /api/v1/queue?after=VERSION&wait=20 as the display) held on a thread
// of its own from construction; finish() waits for its answer.
class HeldLongPoll {
public:
  HeldLongPoll(const TestServer& server, long long after);
  ~HeldLongPoll();
  HeldLongPoll(const HeldLongPoll&) = delete;
  HeldLongPoll& operator=(const HeldLongPoll&) = delete;
  // Joins the thread; the status (0: no answer) and the body of the answer.
  std::pair<int, nlohmann::json> finish();

private:
  int status_ = 0;
  nlohmann::json body_;
  std::thread thread_;
};

// True when `body` is exactly {"error":{"code":string,"message":string[,"field":string]}}.
bool is_error_envelope(const std::string& body);

}  // namespace stillpoint::server::http::testing
