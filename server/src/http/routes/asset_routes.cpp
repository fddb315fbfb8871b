// Forms and the lobby playlist, served from the assets folder so a clinic updates every screen
// by editing one place; strong ETags let screens re-check cheaply.
#include <algorithm>
#include <cctype>

#include "http/api_context.h"
#include "http/errors.h"
#include "http/routes/routes.h"
#include "http/static_files.h"

namespace stillpoint::server::http {

namespace {

bool is_form_id(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || std::isdigit(static_cast<unsigned char>(c)) || c == '_' ||
           c == '-';
  });
}

void get_form(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const std::string id = call.req.matches[1].str();
  if (!is_form_id(id)) throw ApiError(404, "not_found", "no such form", "id");
  const auto root = ctx.assets_dir / "forms";
  serve_file(call.req, res, root, root / (id + ".json"), "application/json");
}

void get_playlist(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const auto root = ctx.assets_dir / "content";
  serve_file(call.req, res, root, root / "playlist.json", "application/json");
}

}  // namespace

void add_asset_routes(std::vector<RouteSpec>& routes) {
  const unsigned screens = role::kiosk | role::display;
  // Staff read forms too: the console shows intake questions in the desk's own language.
  routes.push_back({"GET", "/api/v1/forms/{id}", screens | role::staff, Body::none, get_form});
  routes.push_back({"GET", "/api/v1/content/playlist", screens, Body::none, get_playlist});
}

}  // namespace stillpoint::server::http
