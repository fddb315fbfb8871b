#pragma once
// Checks a request's framing before its body is read (httplib 0.11.4 runs the pre-routing
// handler after the headers and before read_content): no chunked or compressed bodies, one
// sane Content-Length within the limit, JSON where JSON is expected. Refusing here means a
// hostile body is never buffered, decompressed or parsed.
#include <cstddef>
#include <optional>

#include <httplib.h>

namespace stillpoint::server::http {

// Why a request was refused before routing.
struct GuardRefusal {
  int status = 400;
  const char* code = "bad_request";
  const char* message = "";
  const char* field = "";
};

// The first framing rule the request breaks, or nullopt when it may proceed. Pure: the
// request's method, path and headers are all it looks at.
std::optional<GuardRefusal> check_request_framing(const httplib::Request& req,
                                                  std::size_t max_body_bytes);

// The pre-routing handler: marks the request's start for the log and answers refusals with
// the error envelope (and Connection: close, as the unread body is still on the wire).
httplib::Server::HandlerWithResponse make_request_guard(std::size_t max_body_bytes);

// The same checks for "Expect: 100-continue", which httplib answers before pre-routing: a
// refused request gets its error instead of an invitation to send the body.
httplib::Server::Expect100ContinueHandler make_expect_continue_guard(std::size_t max_body_bytes);

}  // namespace stillpoint::server::http
