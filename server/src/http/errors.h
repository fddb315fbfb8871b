#pragma once
// Every refusal the API gives, in one shape: {"error":{"code","message","field"?}}. Handlers
// throw ApiError (or FieldError from strict parsing); the server's exception and error handlers
// turn them, and httplib's own 400/404/413, into that envelope. Nothing internal reaches a client.
#include <exception>
#include <stdexcept>
#include <string>

#include <httplib.h>

namespace stillpoint::server::http {

// A refusal with its HTTP status, a stable machine-readable code, a message for the developer
// of the client, and the field at fault when there is one.
class ApiError : public std::runtime_error {
public:
  ApiError(int status, std::string code, const std::string& message, std::string field = {})
      : std::runtime_error(message), status_(status), code_(std::move(code)),
        field_(std::move(field)) {}
  int status() const { return status_; }
  const std::string& code() const { return code_; }
  const std::string& field() const { return field_; }

private:
  int status_;
  std::string code_;
  std::string field_;
};

// Writes the error envelope as the response body with `status`.
void write_error(httplib::Response& res, int status, const std::string& code,
                 const std::string& message, const std::string& field = {});

// 409 room_occupied naming `room` (a room name is not personal data), field "room".
ApiError room_occupied_error(const std::string& room);

// For set_exception_handler: ApiError and FieldError become their envelope; anything else a
// generic 500 whose text says nothing about the cause.
void handle_exception(httplib::Response& res, std::exception_ptr error);

// The stable code for a bare status (httplib's own errors): 404 -> "not_found".
std::string code_for_status(int status);
// A generic message for a bare status.
std::string message_for_status(int status);

}  // namespace stillpoint::server::http
