#pragma once
// A small fault-injecting TCP proxy for HTTP/1.1 on loopback, one request per connection (the
// sync clients do not keep connections alive). It forwards, or refuses, hangs, answers 500
// itself, delays, or cuts the connection after the server's answer arrived but before the
// client got it: the faults a clinic's network produces.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace stillpoint::sync::testing {

enum class ProxyMode {
  forward,             // pass the request and the answer through
  refuse,              // accept and close at once (like a server that is down)
  hang,                // read the request, never answer, until released
  answer_500,          // read the request and answer 500 without the server
  cut_after_response,  // forward, read the server's whole answer, then close without it
};

// One request seen by the proxy.
struct ProxiedRequest {
  std::string method;
  std::string path;
  std::string idempotency_key;
  ProxyMode mode = ProxyMode::forward;
  int upstream_status = 0;  // the server's answer, when it was asked
};

class FaultProxy {
public:
  explicit FaultProxy(int upstream_port);
  ~FaultProxy();
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;

  int port() const { return port_; }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
  void set_mode(ProxyMode mode) { mode_ = mode; }
  void set_upstream(int port) { upstream_port_ = port; }
  void set_delay(std::chrono::milliseconds delay) { delay_ms_ = delay.count(); }
  // Closes every hung connection.
  void release_hung();

  std::vector<ProxiedRequest> requests() const;
  // Requests whose path starts with `prefix`.
  std::vector<ProxiedRequest> requests_to(const std::string& prefix) const;
  int hanging() const { return hanging_; }

private:
  void accept_loop();
  void handle(int client);
  void record(ProxiedRequest request);

  int listen_fd_ = -1;
  int port_ = 0;
  std::atomic<int> upstream_port_;
  std::atomic<ProxyMode> mode_{ProxyMode::forward};
  std::atomic<long long> delay_ms_{0};
  std::atomic<bool> stopping_{false};
  std::atomic<int> hanging_{0};
  std::mutex mutex_;
  std::condition_variable released_;
  int release_generation_ = 0;
  mutable std::mutex log_mutex_;
  std::vector<ProxiedRequest> log_;
  std::vector<std::thread> workers_;
  std::thread acceptor_;
};

}  // namespace stillpoint::sync::testing
