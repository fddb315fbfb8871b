#include "fault_proxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <stdexcept>

namespace stillpoint::sync::testing {
namespace {

constexpr int kIoTimeoutMs = 30000;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// The value of header `name` (lower case) in a raw header block, or empty.
std::string header_value(const std::string& head, const std::string& name) {
  const auto low = lower(head);
  const auto at = low.find("\r\n" + name + ":");
  if (at == std::string::npos) return {};
  auto start = at + name.size() + 3;
  const auto end = head.find("\r\n", start);
  while (start < end && head[start] == ' ') ++start;
  return head.substr(start, end - start);
}

bool wait_readable(int fd, int timeout_ms) {
  pollfd p{fd, POLLIN, 0};
  return ::poll(&p, 1, timeout_ms) > 0;
}

// Reads one HTTP message (headers, then a Content-Length body; without a length, until EOF
// when `body_until_eof`). nullopt when the peer closed or timed out first.
std::optional<std::string> read_message(int fd, bool body_until_eof) {
  std::string data;
  char buffer[16384];
  std::size_t header_end = std::string::npos;
  std::size_t wanted = 0;
  for (;;) {
    if (header_end != std::string::npos && data.size() >= wanted && wanted != 0) return data;
    if (!wait_readable(fd, kIoTimeoutMs)) return std::nullopt;
    const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) {
      if (header_end != std::string::npos && body_until_eof) return data;
      return std::nullopt;
    }
    data.append(buffer, static_cast<std::size_t>(n));
    if (header_end == std::string::npos && (header_end = data.find("\r\n\r\n")) != std::string::npos) {
      const auto length = header_value(data.substr(0, header_end + 2), "content-length");
      if (!length.empty()) wanted = header_end + 4 + std::stoul(length);
      else if (!body_until_eof) return data;
      if (wanted == header_end + 4) return data;
    }
  }
}

bool write_all(int fd, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

int connect_loopback(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

int status_of(const std::string& response) {
  // "HTTP/1.1 201 Created"
  const auto space = response.find(' ');
  if (space == std::string::npos) return 0;
  return std::atoi(response.c_str() + space + 1);
}

ProxiedRequest describe(const std::string& request, ProxyMode mode) {
  ProxiedRequest out;
  const auto first_space = request.find(' ');
  const auto second_space = request.find(' ', first_space + 1);
  out.method = request.substr(0, first_space);
  out.path = request.substr(first_space + 1, second_space - first_space - 1);
  out.idempotency_key = header_value(request.substr(0, request.find("\r\n\r\n") + 2),
                                     "idempotency-key");
  out.mode = mode;
  return out;
}

}  // namespace

FaultProxy::FaultProxy(int upstream_port) : upstream_port_(upstream_port) {
  listen_fd_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int yes = 1;
  ::setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::listen(listen_fd_, 128) != 0)
    throw std::runtime_error("proxy: cannot listen");
  socklen_t size = sizeof addr;
  ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &size);
  port_ = ntohs(addr.sin_port);
  acceptor_ = std::thread([this] { accept_loop(); });
}

FaultProxy::~FaultProxy() {
  stopping_ = true;
  release_hung();
  acceptor_.join();
  for (auto& worker : workers_) worker.join();
  ::close(listen_fd_);
}

void FaultProxy::release_hung() {
  {
    std::lock_guard lock(mutex_);
    ++release_generation_;
  }
  released_.notify_all();
}

void FaultProxy::accept_loop() {
  while (!stopping_) {
    if (!wait_readable(listen_fd_, 20)) continue;
    const int client = ::accept4(listen_fd_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    workers_.emplace_back([this, client] {
      handle(client);
      ::close(client);
    });
  }
}

void FaultProxy::record(ProxiedRequest request) {
  std::lock_guard lock(log_mutex_);
  log_.push_back(std::move(request));
}

void FaultProxy::handle(int client) {
  const ProxyMode mode = mode_;
  if (mode == ProxyMode::refuse) return;
  const auto request = read_message(client, false);
  if (!request) return;
  auto seen = describe(*request, mode);
  if (mode == ProxyMode::hang) {
    record(seen);
    ++hanging_;
    std::unique_lock lock(mutex_);
    const int generation = release_generation_;
    released_.wait(lock, [&] { return release_generation_ != generation || stopping_; });
    --hanging_;
    return;
  }
  if (mode == ProxyMode::answer_500) {
    record(seen);
    write_all(client, "HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                      "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
    return;
  }
  if (delay_ms_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms_.load()));
  const int upstream = connect_loopback(upstream_port_);
  if (upstream < 0) {
    record(seen);
    return;  // the server is down: the client sees the connection close
  }
  std::optional<std::string> response;
  if (write_all(upstream, *request)) response = read_message(upstream, true);
  ::close(upstream);
  if (response) seen.upstream_status = status_of(*response);
  record(seen);
  if (response && mode != ProxyMode::cut_after_response) write_all(client, *response);
}

std::vector<ProxiedRequest> FaultProxy::requests() const {
  std::lock_guard lock(log_mutex_);
  return log_;
}

std::vector<ProxiedRequest> FaultProxy::requests_to(const std::string& prefix) const {
  std::vector<ProxiedRequest> out;
  for (auto& r : requests())
    if (r.path.rfind(prefix, 0) == 0) out.push_back(r);
  return out;
}

}  // namespace stillpoint::sync::testing
