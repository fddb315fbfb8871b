// The staff console's session: sign in with an add-staff account and get an HttpOnly,
// SameSite=Strict cookie; see who is signed in; sign out. Failed sign-ins are limited per
// account and per client address, so neither one account nor one machine can guess on.
#include <algorithm>

#include "http/api_context.h"
#include "http/auth.h"
#include "http/errors.h"
#include "http/json_io.h"
#include "http/parsers/parsers.h"
#include "http/request_log.h"
#include "http/routes/routes.h"

namespace stillpoint::server::http {

namespace {

// TLS is detected two ways. req.ssl is set when this process terminated TLS itself (an
// httplib::SSLServer). X-Forwarded-Proto: https comes from a TLS-terminating reverse proxy;
// trusting it is safe here because it can only ever add Secure, which restricts the cookie.
bool came_over_tls(const httplib::Request& req) {
  return req.ssl != nullptr || req.get_header_value("X-Forwarded-Proto") == "https";
}

std::string session_cookie_header(const httplib::Request& req, const std::string& value,
                                  bool expire) {
  std::string cookie = std::string(session_cookie_name) + "=" + value +
                       "; HttpOnly; SameSite=Strict; Path=/";
  if (expire) cookie += "; Max-Age=0";
  if (came_over_tls(req)) cookie += "; Secure";
  return cookie;
}

void refuse_rate_limited(ApiContext& ctx, const std::string& user, const std::string& address,
                         httplib::Response& res) {
  const auto now = ctx.now();
  const int wait = std::max(ctx.sign_ins_by_user.retry_after_seconds(user, now),
                            ctx.sign_ins_by_address.retry_after_seconds(address, now));
  res.set_header("Retry-After", std::to_string(std::max(wait, 1)));
  throw ApiError(429, "rate_limited", "too many failed sign-ins; wait a minute");
}

void post_session(ApiContext& ctx, const Call& call, httplib::Response& res) {
  // Signing in changes state: a cross-site page must not sign the desk into another account.
  require_console_origin(call.req);
  const auto sign_in = parse_sign_in_body(read_json_body(call.req));
  const std::string user_key = "user:" + sign_in.user;
  const std::string address_key = "addr:" + call.req.remote_addr;  // the socket's, not a header
  const auto now = ctx.now();
  if (!ctx.sign_ins_by_user.would_allow(user_key, now) ||
      !ctx.sign_ins_by_address.would_allow(address_key, now))
    refuse_rate_limited(ctx, user_key, address_key, res);
  if (!ctx.clinic.verify_staff_password(sign_in.user, sign_in.password)) {
    ctx.sign_ins_by_user.try_acquire(user_key, now);
    ctx.sign_ins_by_address.try_acquire(address_key, now);
    throw ApiError(401, "invalid_credentials", "unknown user or wrong password");
  }
  ctx.sign_ins_by_user.reset(user_key);
  const std::string token = ctx.clinic.start_staff_session(sign_in.user);
  current_request().caller = "staff:" + sign_in.user;
  res.set_header("Set-Cookie", session_cookie_header(call.req, token, false));
  res.status = 204;
}

void get_session(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const auto token = session_cookie(call.req);
  const auto user = token ? ctx.clinic.staff_session_user(*token) : std::nullopt;
  if (!user) throw ApiError(401, "unauthorized", "not signed in");
  current_request().caller = "staff:" + *user;
  // The page signs itself out after the same idle time the server enforces.
  write_json(res, 200, {{"user", *user}, {"idle_minutes", ctx.config.staff_session_idle_minutes}});
}

void delete_session(ApiContext& ctx, const Call& call, httplib::Response& res) {
  if (const auto token = session_cookie(call.req)) {
    if (const auto user = ctx.clinic.staff_session_user(*token)) {
      require_console_origin(call.req);
      current_request().caller = "staff:" + *user;
      ctx.clinic.end_staff_session(*token);
    }
  }
  res.set_header("Set-Cookie", session_cookie_header(call.req, "", true));
  res.status = 204;
}

}  // namespace

void add_session_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"POST", "/api/v1/session", role::anyone, Body::json, post_session});
  routes.push_back({"GET", "/api/v1/session", role::anyone, Body::none, get_session});
  routes.push_back({"DELETE", "/api/v1/session", role::anyone, Body::none, delete_session});
}

}  // namespace stillpoint::server::http
