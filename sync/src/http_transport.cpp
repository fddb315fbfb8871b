#include "stillpoint/sync/transport.h"

#include "http_client.h"

namespace stillpoint::sync {
namespace detail {

namespace {
template <class Duration>
void split(Duration d, time_t& sec, time_t& usec) {
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(d).count();
  sec = static_cast<time_t>(micros / 1000000);
  usec = static_cast<time_t>(micros % 1000000);
}
}  // namespace

std::unique_ptr<httplib::Client> make_client(const ServerEndpoint& endpoint,
                                             std::chrono::milliseconds read_timeout) {
  auto client = std::make_unique<httplib::Client>(endpoint.base_url);
  time_t sec = 0;
  time_t usec = 0;
  split(endpoint.connect_timeout, sec, usec);
  client->set_connection_timeout(sec, usec);
  split(read_timeout, sec, usec);
  client->set_read_timeout(sec, usec);
  client->set_write_timeout(sec, usec);
  client->set_keep_alive(false);
  // Headers and body go out in separate writes: without this, Nagle plus delayed ACK adds
  // tens of milliseconds to every request.
  client->set_tcp_nodelay(true);
  // The server refuses compressed bodies; a plain request is the contract.
  client->set_compress(false);
  return client;
}

httplib::Headers auth_headers(const ServerEndpoint& endpoint) {
  return {{"Authorization", "Bearer " + endpoint.token}};
}

}  // namespace detail

struct HttpTransport::Impl {
  ServerEndpoint endpoint;
  std::unique_ptr<httplib::Client> client;
};

HttpTransport::HttpTransport(ServerEndpoint endpoint) : impl_(std::make_unique<Impl>()) {
  impl_->client = detail::make_client(endpoint, endpoint.request_timeout);
  impl_->endpoint = std::move(endpoint);
}

HttpTransport::~HttpTransport() = default;

HttpReply HttpTransport::post_json(std::string_view path, const std::string& body,
                                   const std::string& idempotency_key) {
  auto headers = detail::auth_headers(impl_->endpoint);
  if (!idempotency_key.empty()) headers.emplace("Idempotency-Key", idempotency_key);
  // An empty body goes out with Content-Length: 0 and no Content-Type (nothing to describe).
  auto result = impl_->client->Post(std::string(path), headers, body,
                                    body.empty() ? "" : "application/json");
  if (!result) return {};
  return HttpReply{result->status, result->body};
}

}  // namespace stillpoint::sync
