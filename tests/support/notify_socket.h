#pragma once
// A stand-in for systemd's notify socket: a datagram socket the programs under test send their
// sd_notify messages to (NOTIFY_SOCKET), read back by the test.
#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace stillpoint::testing {

class NotifySocket {
public:
  explicit NotifySocket(std::filesystem::path path);
  ~NotifySocket();
  NotifySocket(const NotifySocket&) = delete;
  NotifySocket& operator=(const NotifySocket&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // The next message, waiting up to `limit`; empty when none came.
  std::string next(std::chrono::milliseconds limit);
  // Every message already sent, without waiting (sd_notify's send is queued at once).
  std::vector<std::string> drain();

private:
  std::filesystem::path path_;
  int fd_ = -1;
};

}  // namespace stillpoint::testing
