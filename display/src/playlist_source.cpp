#include "playlist_source.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "stillpoint/core/json_reader.h"

namespace stillpoint::display {
namespace {

const sync::ContentRequest kPlaylist{"playlist.json", "/api/v1/content/playlist", "playlist.json"};

std::optional<std::string> read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

lobby::PlaylistSet fallback_playlist() {
  lobby::Slide quiet;
  quiet.id = "fallback-quiet";
  quiet.kind = lobby::SlideKind::quiet;
  quiet.duration = std::chrono::seconds(60);
  lobby::Playlist p;
  p.id = "fallback";
  p.slides.push_back(quiet);
  return {{p}};
}

PlaylistSource::PlaylistSource(std::filesystem::path cache_dir, std::filesystem::path content_dir,
                               sync::ServerEndpoint server)
    : content_dir_(content_dir), cache_(std::move(cache_dir), std::move(content_dir), std::move(server)) {}

PlaylistSource::~PlaylistSource() { stop(); }

std::optional<lobby::PlaylistSet> PlaylistSource::read(const std::string& body, const char* where) {
  try {
    return lobby::parse_playlist_set(body);
  } catch (const FieldError& e) {
    std::fprintf(stderr, "lobby: the %s playlist is not valid (%s: %s); not used\n", where,
                 e.field().c_str(), e.what());
    return std::nullopt;
  }
}

lobby::PlaylistSet PlaylistSource::initial() {
  // Remember the text in use, so fetching the very same playlist does not restart the slides.
  const auto cached = cache_.load_offline(kPlaylist);
  if (cached.source == sync::ContentSource::cache)
    if (auto set = read(cached.body, "cached")) {
      last_body_ = cached.body;
      return *set;
    }
  if (auto text = read_text(content_dir_ / "playlist.json"))
    if (auto set = read(*text, "shipped")) {
      last_body_ = *text;
      return *set;
    }
  return fallback_playlist();
}

void PlaylistSource::start(std::chrono::seconds period, std::function<void()> on_update) {
  if (thread_.joinable()) return;
  thread_ = std::thread([this, period, on_update = std::move(on_update)] { run(period, on_update); });
}

void PlaylistSource::stop() {
  stopping_ = true;
  sleeper_.cancel();
  if (thread_.joinable()) thread_.join();
}

void PlaylistSource::run(std::chrono::seconds period, const std::function<void()>& on_update) {
  for (;;) {
    const auto item = cache_.fetch(kPlaylist);
    if (item.source == sync::ContentSource::network && item.body != last_body_) {
      if (auto set = read(item.body, "served")) {
        {
          std::lock_guard lock(mutex_);
          pending_ = std::move(set);
          last_body_ = item.body;
        }
        if (on_update) on_update();
      }
    }
    if (stopping_) return;
    sleeper_.sleep_for(period);
    if (stopping_) return;
  }
}

std::optional<lobby::PlaylistSet> PlaylistSource::take_update() {
  std::lock_guard lock(mutex_);
  auto out = std::move(pending_);
  pending_.reset();
  return out;
}

}  // namespace stillpoint::display
