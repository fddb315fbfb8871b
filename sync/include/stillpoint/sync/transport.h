#pragma once
// The one HTTP exchange the sender and heartbeat need, behind an interface so delivery rules are
// tested with scripted answers; HttpTransport is the real one (cpp-httplib, kept out of headers).
#include <chrono>
#include <memory>
#include <string>
#include <string_view>

namespace stillpoint::sync {

// Where the clinic server is and how this device proves who it is.
struct ServerEndpoint {
  std::string base_url;  // "http://127.0.0.1:8080" or "https://clinic.example:8443"
  std::string token;     // the device's bearer token
  std::chrono::milliseconds connect_timeout{2000};
  std::chrono::milliseconds request_timeout{3000};  // short: a retry beats a hung request
};

// An answer from the server; status 0 means none came (refused, reset, timed out).
struct HttpReply {
  int status = 0;
  std::string body;
};

// Posts JSON bodies to one server. Not thread-safe: each thread owns its transport.
class Transport {
public:
  virtual ~Transport() = default;
  // POSTs `body` to `path` with the bearer token; `idempotency_key` is sent when not empty.
  // An empty body is sent as Content-Length: 0 without a Content-Type.
  virtual HttpReply post_json(std::string_view path, const std::string& body,
                              const std::string& idempotency_key) = 0;
};

// The real transport over HTTP(S).
class HttpTransport final : public Transport {
public:
  explicit HttpTransport(ServerEndpoint endpoint);
  ~HttpTransport() override;
  HttpReply post_json(std::string_view path, const std::string& body,
                      const std::string& idempotency_key) override;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::sync
