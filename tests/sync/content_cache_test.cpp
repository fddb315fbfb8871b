#include "stillpoint/sync/content_cache.h"

#include <doctest/doctest.h>

#include <atomic>

#include "stillpoint/sync/atomic_file.h"
#include "stub_server.h"
#include "temp_dir.h"

using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;
using stillpoint::testing::TempDir;

namespace {

const ContentRequest kPlaylist{"playlist.json", "/api/v1/content/playlist", "content/playlist.json"};

// Serves a playlist with an ETag; answers 304 to a matching If-None-Match.
struct PlaylistServer {
  StubServer stub;
  std::string body = R"({"v":1})";
  std::string etag = "\"v1\"";
  std::atomic<int> full{0}, not_modified{0};
  std::string last_auth;
  PlaylistServer() {
    stub.http().Get("/api/v1/content/playlist", [this](const httplib::Request& req,
                                                       httplib::Response& res) {
      last_auth = req.get_header_value("Authorization");
      if (req.get_header_value("If-None-Match") == etag) {
        ++not_modified;
        res.status = 304;
        return;
      }
      ++full;
      res.set_header("ETag", etag);
      res.set_content(body, "application/json");
    });
    stub.start();
  }
};

}  // namespace

TEST_CASE("content is cached with its ETag and a 304 keeps the cached copy") {
  TempDir dir;
  PlaylistServer server;
  ContentCache cache(dir / "cache", dir / "defaults", ServerEndpoint{server.stub.url(), "tok"});
  auto first = cache.fetch(kPlaylist);
  CHECK(first.source == ContentSource::network);
  CHECK(first.body == R"({"v":1})");
  CHECK(server.last_auth == "Bearer tok");
  auto second = cache.fetch(kPlaylist);
  CHECK(second.source == ContentSource::cache);
  CHECK(second.body == R"({"v":1})");
  CHECK(server.not_modified == 1);
  CHECK(server.full == 1);
  // A new version replaces the cache.
  server.body = R"({"v":2})";
  server.etag = "\"v2\"";
  CHECK(cache.fetch(kPlaylist).body == R"({"v":2})");
  CHECK(read_file(dir / "cache" / "playlist.json.etag") == "\"v2\"");
}

TEST_CASE("without a network the cache is used, and without a cache the shipped default") {
  TempDir dir;
  write_file_atomically((std::filesystem::create_directories(dir / "defaults" / "content"),
                         dir / "defaults" / "content" / "playlist.json"),
                        R"({"default":true})");
  const ServerEndpoint nowhere{"http://127.0.0.1:9", "tok", std::chrono::milliseconds(300),
                               std::chrono::milliseconds(300)};
  {
    ContentCache cache(dir / "cache", dir / "defaults", nowhere);
    const auto item = cache.fetch(kPlaylist);
    CHECK(item.source == ContentSource::defaults);
    CHECK(item.body == R"({"default":true})");
    CHECK(cache.load_offline(ContentRequest{"missing.json", "/x", ""}).source ==
          ContentSource::none);
  }
  {
    PlaylistServer server;
    ContentCache online(dir / "cache", dir / "defaults", ServerEndpoint{server.stub.url(), "t"});
    CHECK(online.fetch(kPlaylist).source == ContentSource::network);
  }
  ContentCache offline(dir / "cache", dir / "defaults", nowhere);
  const auto item = offline.fetch(kPlaylist);
  CHECK(item.source == ContentSource::cache);
  CHECK(item.body == R"({"v":1})");
  CHECK(offline.load_offline(kPlaylist).body == R"({"v":1})");
}

TEST_CASE("an error answer keeps the cached copy, unsafe cache names are refused") {
  TempDir dir;
  PlaylistServer server;
  ContentCache cache(dir / "cache", dir / "defaults", ServerEndpoint{server.stub.url(), "t"});
  cache.fetch(kPlaylist);
  StubServer failing;
  failing.http().Get("/api/v1/content/playlist",
                     [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
  failing.start();
  ContentCache broken(dir / "cache", dir / "defaults", ServerEndpoint{failing.url(), "t"});
  CHECK(broken.fetch(kPlaylist).body == R"({"v":1})");
  CHECK_THROWS_AS(cache.load_offline(ContentRequest{"../etc", "/x", ""}), std::invalid_argument);
}

TEST_CASE("atomic writes replace the whole file and leave no temporary behind") {
  TempDir dir;
  write_file_atomically(dir / "f.txt", "old");
  write_file_atomically(dir / "f.txt", "new content");
  CHECK(read_file(dir / "f.txt") == "new content");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);
  CHECK_FALSE(read_file(dir / "absent").has_value());
}
