#pragma once
// A tiny local httplib server for the pure protocol tests: handlers set by the test, a free
// loopback port, started in the constructor and stopped in the destructor.
#include <httplib.h>

#include <chrono>
#include <string>
#include <thread>

namespace stillpoint::sync::testing {

class StubServer {
public:
  StubServer() = default;
  ~StubServer() {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }
  StubServer(const StubServer&) = delete;
  StubServer& operator=(const StubServer&) = delete;

  httplib::Server& http() { return server_; }
  // Call after registering handlers.
  void start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }

private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace stillpoint::sync::testing
