#include "stillpoint/sync/content_cache.h"

#include <stdexcept>

#include "http_client.h"
#include "stillpoint/sync/atomic_file.h"

namespace stillpoint::sync {
namespace {

bool is_safe_name(const std::string& name) {
  if (name.empty() || name.size() > 128 || name[0] == '.') return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

struct ContentCache::Impl {
  std::unique_ptr<httplib::Client> client;
};

ContentCache::ContentCache(std::filesystem::path cache_dir, std::filesystem::path defaults_dir,
                           ServerEndpoint server)
    : cache_dir_(std::move(cache_dir)), defaults_dir_(std::move(defaults_dir)),
      server_(std::move(server)), impl_(std::make_unique<Impl>()) {
  std::filesystem::create_directories(cache_dir_);
  impl_->client = detail::make_client(server_, server_.request_timeout);
}

ContentCache::~ContentCache() = default;

std::filesystem::path ContentCache::body_path(const ContentRequest& request) const {
  if (!is_safe_name(request.name)) throw std::invalid_argument("bad content cache name");
  return cache_dir_ / request.name;
}

std::filesystem::path ContentCache::etag_path(const ContentRequest& request) const {
  auto path = body_path(request);
  path += ".etag";
  return path;
}

ContentItem ContentCache::fetch(const ContentRequest& request) {
  auto headers = detail::auth_headers(server_);
  const auto cached = read_file(body_path(request));
  const auto etag = read_file(etag_path(request));
  if (cached && etag && !etag->empty()) headers.emplace("If-None-Match", *etag);
  const auto result = impl_->client->Get(request.url_path, headers);
  if (result && result->status == 304 && cached) return {ContentSource::cache, *cached};
  if (result && result->status == 200) {
    try {
      write_file_atomically(body_path(request), result->body);
      write_file_atomically(etag_path(request), result->get_header_value("ETag"));
    } catch (const std::runtime_error&) {
      // A full disk must not blank the screen: show what arrived; the cache catches up later.
    }
    return {ContentSource::network, result->body};
  }
  return load_offline(request);
}

ContentItem ContentCache::load_offline(const ContentRequest& request) const {
  if (auto cached = read_file(body_path(request))) return {ContentSource::cache, *cached};
  if (!request.default_file.empty())
    if (auto shipped = read_file(defaults_dir_ / request.default_file))
      return {ContentSource::defaults, *shipped};
  return {};
}

}  // namespace stillpoint::sync
