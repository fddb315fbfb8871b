#include "http/request_guard.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "http/auth.h"
#include "http/errors.h"
#include "http/json_io.h"
#include "http/request_log.h"
#include "http/route_table.h"

namespace stillpoint::server::http {

namespace {

// httplib adds REMOTE_ADDR, REMOTE_PORT, LOCAL_ADDR and LOCAL_PORT to the headers itself.
constexpr std::size_t max_header_count = 64 + 4;

bool all_digits(const std::string& text) {
  return !text.empty() && text.size() <= 18 &&
         std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
}

bool takes_body(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH";
}

std::optional<GuardRefusal> check_length(const httplib::Request& req, std::size_t max_body_bytes,
                                         std::size_t& length) {
  const auto count = req.get_header_value_count("Content-Length");
  if (count > 1)
    return GuardRefusal{400, "bad_header", "Content-Length must be sent once", "Content-Length"};
  if (count == 0) {
    if (takes_body(req.method))
      return GuardRefusal{411, "length_required", "send the body with a Content-Length",
                          "Content-Length"};
    return std::nullopt;
  }
  const auto text = req.get_header_value("Content-Length");
  if (!all_digits(text))
    return GuardRefusal{400, "bad_header", "Content-Length must be a number", "Content-Length"};
  length = static_cast<std::size_t>(std::stoull(text));
  if (length > max_body_bytes)
    return GuardRefusal{413, "payload_too_large", "the request body is too large", ""};
  if (length > 0 && !takes_body(req.method) && req.method != "DELETE")
    return GuardRefusal{400, "bad_request", "this request takes no body", ""};
  return std::nullopt;
}

std::optional<GuardRefusal> check_media_type(const httplib::Request& req, std::size_t length) {
  const RouteSpec* route = find_route(req.method, req.path);
  if (!route) return std::nullopt;  // 404/405 later; the body is within the limit
  if (route->body == Body::none && length > 0)
    return GuardRefusal{400, "bad_request", "this request takes no body", ""};
  const bool json = req.get_header_value_count("Content-Type") == 1 &&
                    is_json_media_type(req.get_header_value("Content-Type"));
  if (route->body == Body::none || length == 0 || json) return std::nullopt;
  // A form or text body carrying the console's cookie is what a cross-site form sends.
  if (!req.has_header("Authorization") && session_cookie(req))
    return GuardRefusal{403, "forbidden", "console requests must be sent as application/json",
                        "Content-Type"};
  return GuardRefusal{415, "unsupported_media_type", "the body must be application/json",
                      "Content-Type"};
}

}  // namespace

std::optional<GuardRefusal> check_request_framing(const httplib::Request& req,
                                                  std::size_t max_body_bytes) {
  if (req.headers.size() > max_header_count)
    return GuardRefusal{431, "headers_too_large", "too many header fields", ""};
  if (req.has_header("Transfer-Encoding"))
    return GuardRefusal{411, "length_required",
                        "chunked bodies are not accepted; send a Content-Length",
                        "Transfer-Encoding"};
  if (req.has_header("Content-Encoding"))
    return GuardRefusal{415, "unsupported_media_type", "compressed bodies are not accepted",
                        "Content-Encoding"};
  if (req.get_header_value_count("Authorization") > 1)
    return GuardRefusal{400, "bad_header", "Authorization must be sent once", "Authorization"};
  std::size_t length = 0;
  if (auto refusal = check_length(req, max_body_bytes, length)) return refusal;
  return check_media_type(req, length);
}

namespace {

// Answers a refusal; false when the request may proceed.
bool refuse(const httplib::Request& req, httplib::Response& res, std::size_t max_body_bytes) {
  const auto refusal = check_request_framing(req, max_body_bytes);
  if (!refusal) return false;
  write_error(res, refusal->status, refusal->code, refusal->message, refusal->field);
  res.set_header("Connection", "close");
  return true;
}

}  // namespace

httplib::Server::HandlerWithResponse make_request_guard(std::size_t max_body_bytes) {
  return [max_body_bytes](const httplib::Request& req, httplib::Response& res) {
    begin_request();
    return refuse(req, res, max_body_bytes) ? httplib::Server::HandlerResponse::Handled
                                            : httplib::Server::HandlerResponse::Unhandled;
  };
}

httplib::Server::Expect100ContinueHandler make_expect_continue_guard(std::size_t max_body_bytes) {
  return [max_body_bytes](const httplib::Request& req, httplib::Response& res) {
    begin_request();
    return refuse(req, res, max_body_bytes) ? res.status : 100;
  };
}

}  // namespace stillpoint::server::http
