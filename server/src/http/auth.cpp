#include "http/auth.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "http/api_context.h"
#include "http/errors.h"
#include "http/json_io.h"
#include "http/route_table.h"

namespace stillpoint::server::http {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// RFC 6750 b64token characters; anything else cannot be a token we issued.
bool is_token_text(std::string_view token) {
  return !token.empty() && token.size() <= 256 &&
         std::all_of(token.begin(), token.end(), [](char c) {
           return std::isalnum(static_cast<unsigned char>(c)) ||
                  std::string_view("-._~+/=").find(c) != std::string_view::npos;
         });
}

unsigned role_bit(DeviceRole r) {
  switch (r) {
    case DeviceRole::kiosk: return role::kiosk;
    case DeviceRole::display: return role::display;
    case DeviceRole::staff: return role::staff;
  }
  return 0;
}

[[noreturn]] void unauthorized(const std::string& message) {
  throw ApiError(401, "unauthorized", message);
}

Caller authorize_bearer(ApiContext& ctx, const std::string& header, unsigned roles) {
  const auto space = header.find(' ');
  if (space == std::string::npos || !iequals(std::string_view(header).substr(0, space), "Bearer"))
    unauthorized("Authorization must be \"Bearer TOKEN\"");
  const std::string token = header.substr(space + 1);
  if (!is_token_text(token)) unauthorized("Authorization must be \"Bearer TOKEN\"");
  auto device = ctx.clinic.authenticate_device(token);
  if (!device) unauthorized("unknown token");
  if ((role_bit(device->role) & roles) == 0)
    throw ApiError(403, "forbidden", "this device's role may not use this resource");
  return Caller{std::move(device), std::nullopt};
}

bool changes_state(const httplib::Request& req) {
  return req.method != "GET" && req.method != "HEAD";
}

// "http://host:port" -> "host:port"; empty when it is not a web origin.
std::string_view origin_authority(std::string_view origin) {
  const auto scheme_end = origin.find("://");
  if (scheme_end == std::string_view::npos) return {};
  return origin.substr(scheme_end + 3);
}

}  // namespace

std::string Caller::log_name() const {
  if (device) return device->name;
  if (staff_user) return "staff:" + *staff_user;
  return "-";
}

Caller authorize(ApiContext& ctx, const httplib::Request& req, unsigned roles) {
  if (roles == role::anyone) return {};
  if (const auto header = single_header(req, "Authorization"))
    return authorize_bearer(ctx, *header, roles);
  if ((roles & role::staff) != 0) {
    if (const auto token = session_cookie(req)) {
      // Background reads (the live queue, lists refreshed after each change) do not count as
      // the desk being in use; writes and the page's own activity ping do.
      const bool activity = changes_state(req) || req.path == "/api/v1/session";
      auto user = ctx.clinic.staff_session_user(
          *token, activity ? Clinic::SessionUse::activity : Clinic::SessionUse::background);
      if (!user) unauthorized("the session has ended; sign in again");
      if (changes_state(req)) require_console_origin(req);
      return Caller{std::nullopt, std::move(user)};
    }
  }
  unauthorized("credentials are required");
}

std::optional<std::string> session_cookie(const httplib::Request& req) {
  const std::string prefix = std::string(session_cookie_name) + "=";
  const auto count = req.get_header_value_count("Cookie");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string header = req.get_header_value("Cookie", i);
    std::string_view rest = header;
    while (!rest.empty()) {
      const auto end = rest.find(';');
      std::string_view pair = rest.substr(0, end);
      while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
      if (pair.starts_with(prefix)) {
        const std::string value(pair.substr(prefix.size()));
        if (is_token_text(value)) return value;
        return std::nullopt;
      }
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    }
  }
  return std::nullopt;
}

void require_console_origin(const httplib::Request& req) {
  // A cross-site HTML form can only send form or text content types; JSON needs a script, and
  // a cross-site script needs a CORS preflight this server never grants.
  const auto content_type = req.get_header_value("Content-Type");
  if (req.get_header_value_count("Content-Type") != 1 || !is_json_media_type(content_type))
    throw ApiError(403, "forbidden", "console requests must be sent as application/json");
  if (req.has_header("Origin")) {
    const std::string origin = req.get_header_value("Origin");
    const auto authority = origin_authority(origin);
    if (authority.empty() || !iequals(authority, req.get_header_value("Host")))
      throw ApiError(403, "forbidden", "the request did not come from this server's page");
  }
  if (iequals(req.get_header_value("Sec-Fetch-Site"), "cross-site"))
    throw ApiError(403, "forbidden", "the request did not come from this server's page");
}

}  // namespace stillpoint::server::http
