// The request guard's rules on hand-built requests: no sockets, no server.
#include <doctest/doctest.h>

#include "http/errors.h"
#include "http/request_guard.h"
#include "stillpoint/core/json_reader.h"

using namespace stillpoint::server::http;

namespace {

constexpr std::size_t limit = 64 * 1024;

httplib::Request request(const std::string& method, const std::string& path,
                         std::initializer_list<std::pair<std::string, std::string>> headers) {
  httplib::Request req;
  req.method = method;
  req.path = path;
  for (const auto& [name, value] : headers) req.headers.emplace(name, value);
  return req;
}

int refused_status(const httplib::Request& req) {
  const auto refusal = check_request_framing(req, limit);
  return refusal ? refusal->status : 0;
}

}  // namespace

TEST_CASE("a plain JSON POST within the limit passes the guard") {
  CHECK(refused_status(request("POST", "/api/v1/checkins",
                               {{"Content-Length", "120"},
                                {"Content-Type", "application/json; charset=utf-8"}})) == 0);
  CHECK(refused_status(request("GET", "/api/v1/queue", {})) == 0);
  CHECK(refused_status(request("POST", "/api/v1/tickets/A-01/start", {{"Content-Length", "0"}})) == 0);
}

TEST_CASE("the guard refuses bodies it will not read") {
  CHECK(refused_status(request("POST", "/api/v1/checkins",
                               {{"Transfer-Encoding", "chunked"}, {"Content-Type", "application/json"}})) == 411);
  CHECK(refused_status(request("POST", "/api/v1/checkins",
                               {{"Content-Length", "10"}, {"Content-Encoding", "gzip"},
                                {"Content-Type", "application/json"}})) == 415);
  CHECK(refused_status(request("POST", "/api/v1/checkins", {{"Content-Type", "application/json"}})) == 411);
  CHECK(refused_status(request("POST", "/api/v1/checkins",
                               {{"Content-Length", "10"}, {"Content-Length", "10"},
                                {"Content-Type", "application/json"}})) == 400);
  CHECK(refused_status(request("POST", "/api/v1/checkins",
                               {{"Content-Length", "-1"}, {"Content-Type", "application/json"}})) == 400);
  CHECK(refused_status(request("POST", "/api/v1/checkins",
                               {{"Content-Length", "65537"}, {"Content-Type", "application/json"}})) == 413);
  CHECK(refused_status(request("POST", "/api/v1/checkins",
                               {{"Content-Length", "10"}, {"Content-Type", "text/plain"}})) == 415);
  CHECK(refused_status(request("GET", "/api/v1/queue", {{"Content-Length", "5"}})) == 400);
}

TEST_CASE("a non-JSON body riding on the console's cookie is refused as forged") {
  CHECK(refused_status(request("POST", "/api/v1/tickets/A-01/call",
                               {{"Content-Length", "11"},
                                {"Content-Type", "application/x-www-form-urlencoded"},
                                {"Cookie", "sp_session=abc"}})) == 403);
}

TEST_CASE("exceptions become the envelope and unexpected ones say nothing of their cause") {
  httplib::Response res;
  handle_exception(res, std::make_exception_ptr(std::runtime_error("SQL: SELECT secret FROM staff")));
  CHECK(res.status == 500);
  CHECK(res.body.find("SELECT") == std::string::npos);
  CHECK(res.body.find("\"code\":\"internal\"") != std::string::npos);

  httplib::Response field;
  field.set_header("ETag", "\"q1\"");
  handle_exception(field, std::make_exception_ptr(stillpoint::FieldError("claim.birth_date", "bad")));
  CHECK(field.status == 400);
  CHECK(field.body == R"({"error":{"code":"invalid_field","field":"claim.birth_date","message":"bad"}})");
  CHECK(!field.has_header("ETag"));

  httplib::Response api;
  handle_exception(api, std::make_exception_ptr(ApiError(409, "ticket_conflict", "taken", "ticket")));
  CHECK(api.status == 409);
  CHECK(api.get_header_value("Content-Type") == "application/json");
}
