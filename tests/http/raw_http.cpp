#include "raw_http.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace stillpoint::server::http::testing {

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

int connect_loopback(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw std::runtime_error("socket failed");
  timeval timeout{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    throw std::runtime_error("connect failed");
  }
  return fd;
}

void send_all(int fd, const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const auto n = ::send(fd, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server may refuse and close before reading everything
    sent += static_cast<std::size_t>(n);
  }
}

void parse_head(const std::string& head, RawResponse& out) {
  const auto first_space = head.find(' ');
  if (first_space == std::string::npos) return;
  out.status = std::stoi(head.substr(first_space + 1, 3));
  std::size_t line_start = head.find("\r\n") + 2;
  while (line_start < head.size()) {
    const auto line_end = head.find("\r\n", line_start);
    const std::string line = head.substr(line_start, line_end - line_start);
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
      std::string value = line.substr(colon + 1);
      value.erase(0, value.find_first_not_of(' '));
      out.headers.emplace(lower(line.substr(0, colon)), value);
    }
    if (line_end == std::string::npos) break;
    line_start = line_end + 2;
  }
}

}  // namespace

std::string RawResponse::header(const std::string& lower_name) const {
  const auto it = headers.find(lower_name);
  return it == headers.end() ? std::string() : it->second;
}

RawResponse raw_exchange(int port, const std::string& bytes) {
  const int fd = connect_loopback(port);
  send_all(fd, bytes);
  std::string received;
  RawResponse out;
  char buffer[4096];
  std::size_t head_end = std::string::npos;
  while (true) {
    const auto n = ::recv(fd, buffer, sizeof buffer, 0);
    if (n <= 0) break;
    received.append(buffer, static_cast<std::size_t>(n));
    if (head_end == std::string::npos) head_end = received.find("\r\n\r\n");
    if (head_end != std::string::npos) {
      RawResponse probe;
      parse_head(received.substr(0, head_end), probe);
      // Without Content-Length the body runs to the close, as HTTP/1.1 says.
      const auto length_text = probe.header("content-length");
      if (!length_text.empty() && received.size() >= head_end + 4 + std::stoul(length_text)) break;
    }
  }
  ::close(fd);
  if (head_end == std::string::npos) return out;
  parse_head(received.substr(0, head_end), out);
  out.body = received.substr(head_end + 4);
  return out;
}

std::string raw_request(const std::string& method, const std::string& target,
                        const std::vector<std::pair<std::string, std::string>>& headers,
                        const std::string& body) {
  std::string out = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  bool framed = false;
  for (const auto& [name, value] : headers) {
    out += name + ": " + value + "\r\n";
    const auto l = lower(name);
    if (l == "content-length" || l == "transfer-encoding") framed = true;
  }
  if (!framed && (!body.empty() || method == "POST"))
    out += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  return out + "\r\n" + body;
}

}  // namespace stillpoint::server::http::testing
