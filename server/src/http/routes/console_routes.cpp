// The staff console's static page, scripts and styles from assets/staff/. The page holds no
// data (every API call needs the session), so it is served to anyone; it must still not be
// framed, sniffed or allowed to load code from elsewhere (see the security headers).
#include "http/api_context.h"
#include "http/errors.h"
#include "http/routes/routes.h"
#include "http/static_files.h"

namespace stillpoint::server::http {

namespace {

void serve_console_file(ApiContext& ctx, const httplib::Request& req, httplib::Response& res,
                        std::string_view relative) {
  const auto root = ctx.assets_dir / "staff";
  const auto file = safe_relative_path(root, relative);
  if (!file) throw ApiError(404, "not_found", "no such file");
  const auto type = content_type_for(*file);
  if (!type) throw ApiError(404, "not_found", "no such file");
  serve_file(req, res, root, *file, *type);
  // Revalidate each time (cheap with the ETag) so a console update reaches every desk at once.
  res.headers.erase("Cache-Control");
  res.set_header("Cache-Control", "no-cache");
}

void get_index(ApiContext& ctx, const Call& call, httplib::Response& res) {
  serve_console_file(ctx, call.req, res, "index.html");
}

void get_static(ApiContext& ctx, const Call& call, httplib::Response& res) {
  serve_console_file(ctx, call.req, res, call.req.matches[1].str());
}

}  // namespace

void add_console_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"GET", "/", role::anyone, Body::none, get_index});
  routes.push_back({"GET", "/static/{path}", role::anyone, Body::none, get_static});
}

}  // namespace stillpoint::server::http
