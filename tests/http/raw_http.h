#pragma once
// HTTP over a plain socket, for requests httplib::Client will not send: duplicate or bogus
// Content-Length, chunked or compressed bodies, oversized headers, no Content-Length at all.
#include <map>
#include <string>
#include <vector>

namespace stillpoint::server::http::testing {

struct RawResponse {
  int status = 0;  // 0 when no response arrived
  std::multimap<std::string, std::string> headers;  // names lower-cased
  std::string body;
  std::string header(const std::string& lower_name) const;
};

// Sends `bytes` as they are to 127.0.0.1:`port` and reads one response. The socket is not shut
// down for writing, so a server that waited for more body would be seen to wait (the read gives
// up after a few seconds and the status stays 0).
RawResponse raw_exchange(int port, const std::string& bytes);

// Builds a request. Content-Length is added for `body` unless a header list names it (or
// Transfer-Encoding) already; "Host" and "Connection: close" are always added.
std::string raw_request(const std::string& method, const std::string& target,
                        const std::vector<std::pair<std::string, std::string>>& headers,
                        const std::string& body = {});

}  // namespace stillpoint::server::http::testing
