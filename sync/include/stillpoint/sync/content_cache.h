#pragma once
// Forms, the playlist and images kept on disk with their ETags, so screens work without network.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "stillpoint/sync/transport.h"

namespace stillpoint::sync {

// One piece of content: where the server serves it, what it is called in the cache, and the
// default shipped in assets/ for a device that has never reached the server.
struct ContentRequest {
  std::string name;      // cache file name: letters, digits, '.', '_' and '-' only
  std::string url_path;  // "/api/v1/forms/intake", "/api/v1/content/playlist"
  std::filesystem::path default_file;  // relative to the defaults folder; empty for none
};

enum class ContentSource { network, cache, defaults, none };

struct ContentItem {
  ContentSource source = ContentSource::none;
  std::string body;  // empty when source is none
};

// Fetches with If-None-Match so an unchanged item costs one 304; keeps the last good copy on
// disk (body first, then its ETag, each written atomically: a crash between leaves an old ETag
// that only costs a re-download). Falls back to the cache, then to the shipped default.
// Not thread-safe: one thread (the screen's loader) uses it.
class ContentCache {
public:
  ContentCache(std::filesystem::path cache_dir, std::filesystem::path defaults_dir,
               ServerEndpoint server);
  ~ContentCache();
  ContentCache(const ContentCache&) = delete;
  ContentCache& operator=(const ContentCache&) = delete;

  // Asks the server (one short request), then falls back.
  ContentItem fetch(const ContentRequest& request);
  // Cache or default only, no network: for the first frame at start-up.
  ContentItem load_offline(const ContentRequest& request) const;

private:
  std::filesystem::path body_path(const ContentRequest& request) const;
  std::filesystem::path etag_path(const ContentRequest& request) const;

  std::filesystem::path cache_dir_;
  std::filesystem::path defaults_dir_;
  ServerEndpoint server_;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::sync
