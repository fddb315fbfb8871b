#pragma once
// The clinic's HTTP API on cpp-httplib (Debian's 0.11.4).
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "clinic/clinic.h"
#include "http/request_log.h"

namespace httplib {
class Server;
}

namespace stillpoint::server::http {

struct ApiContext;

// One HTTP server for one Clinic: a worker pool sized for held long-polls, body and header
// limits enforced before bodies are read, every route from the route table behind its auth
// check, every error in the JSON envelope, and one log line per request to an injected sink.
// bind() then run() (blocking) on one thread; stop() from any other thread.
class ApiServer {
public:
  // `log` receives the request log; defaults to stderr.
  explicit ApiServer(Clinic& clinic, RequestLogSink log = stderr_log_sink());
  ~ApiServer();
  ApiServer(const ApiServer&) = delete;
  ApiServer& operator=(const ApiServer&) = delete;

  // Binds to `host`:`port` (port 0 picks a free one); returns the bound port. Throws
  // std::runtime_error when the address cannot be bound.
  int bind(const std::string& host, int port);
  // Serves until stop(); returns false when the listener failed.
  bool run();
  // Stops accepting, releases held long-polls and lets run() return. Thread-safe.
  void stop();
  // True once run() is accepting connections.
  bool is_running() const;

  // Method and path pattern of every route served, as listed in server/openapi.json.
  static std::vector<std::pair<std::string, std::string>> routes();

private:
  void configure();
  void register_routes();

  std::unique_ptr<ApiContext> context_;
  std::unique_ptr<httplib::Server> server_;
  RequestLogSink log_;
};

}  // namespace stillpoint::server::http
