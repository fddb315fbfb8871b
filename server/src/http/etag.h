#pragma once
// Entity tags: screens poll the queue and re-fetch forms and playlists often; a matching
// If-None-Match lets the server answer 304 with no body.
#include <string>
#include <string_view>

#include <httplib.h>

namespace stillpoint::server::http {

// A strong ETag (quoted) for exact bytes: the SHA-256 of `bytes`.
std::string content_etag(std::string_view bytes);

// Whether If-None-Match lists `etag` (or "*"); weak tags compare by their opaque part.
bool if_none_match(const httplib::Request& req, const std::string& etag);

}  // namespace stillpoint::server::http
