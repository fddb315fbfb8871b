#pragma once
// Who is calling: a device by its bearer token, or a front-desk person by the console's
// session cookie. Missing or unknown credentials are 401, the wrong role 403. A cookie-borne
// request that changes state must also prove it came from the console's own page.
#include <optional>
#include <string>

#include <httplib.h>

#include "clinic/clinic.h"

namespace stillpoint::server::http {

struct ApiContext;

// The authenticated caller of one request; both empty for routes open to anyone.
struct Caller {
  std::optional<Device> device;            // bearer token
  std::optional<std::string> staff_user;   // console session
  // What the request log shows: the device name or "staff:USER", "-" when anonymous.
  std::string log_name() const;
};

// Authenticates the request for a route open to `roles` (role:: bits; 0 lets anyone in).
// Throws ApiError 401 / 403.
Caller authorize(ApiContext& ctx, const httplib::Request& req, unsigned roles);

// The name of the console's session cookie.
inline constexpr const char* session_cookie_name = "sp_session";
// The session token from the Cookie header(s), when present and well-formed.
std::optional<std::string> session_cookie(const httplib::Request& req);

// Refuses (403) a cookie-authenticated request that changes state unless it is JSON and, when
// the browser names its Origin, from this very host: an HTML form on another site can send
// neither, so it cannot act with the front desk's session.
void require_console_origin(const httplib::Request& req);

}  // namespace stillpoint::server::http
