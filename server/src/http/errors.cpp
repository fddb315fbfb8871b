#include "http/errors.h"

#include <nlohmann/json.hpp>

#include "http/json_io.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::server::http {

void write_error(httplib::Response& res, int status, const std::string& code,
                 const std::string& message, const std::string& field) {
  nlohmann::json error{{"code", code}, {"message", message}};
  if (!field.empty()) error["field"] = field;
  write_json(res, status, nlohmann::json{{"error", std::move(error)}});
}

void handle_exception(httplib::Response& res, std::exception_ptr error) {
  // A handler may have set headers (an ETag, a cookie) before failing; none may survive.
  res.headers.erase("ETag");
  res.headers.erase("Set-Cookie");
  try {
    std::rethrow_exception(error);
  } catch (const ApiError& e) {
    write_error(res, e.status(), e.code(), e.what(), e.field());
  } catch (const FieldError& e) {
    write_error(res, 400, "invalid_field", e.what(), e.field());
  } catch (...) {
    // The text of an unexpected exception may quote SQL, paths or data: it goes nowhere.
    write_error(res, 500, "internal", "the server could not complete the request");
  }
}

ApiError room_occupied_error(const std::string& room) {
  return ApiError(409, "room_occupied",
                  room + " already has a visit; complete it or move it back to waiting first",
                  "room");
}

std::string code_for_status(int status) {
  switch (status) {
    case 400: return "bad_request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not_found";
    case 405: return "method_not_allowed";
    case 408: return "timeout";
    case 409: return "conflict";
    case 411: return "length_required";
    case 413: return "payload_too_large";
    case 414: return "uri_too_long";
    case 415: return "unsupported_media_type";
    case 416: return "range_not_satisfiable";
    case 417: return "expectation_failed";
    case 422: return "unprocessable";
    case 429: return "rate_limited";
    case 431: return "headers_too_large";
    case 503: return "unavailable";
    default: return status >= 500 ? "internal" : "bad_request";
  }
}

std::string message_for_status(int status) {
  switch (status) {
    case 400: return "the request could not be read";
    case 404: return "no such resource";
    case 405: return "this resource does not accept that method";
    case 413: return "the request body is too large";
    case 414: return "the request URI is too long";
    case 416: return "range requests are not supported";
    default:
      return status >= 500 ? "the server could not complete the request"
                           : "the request was refused";
  }
}

}  // namespace stillpoint::server::http
