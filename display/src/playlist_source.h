#pragma once
// Where the lobby's playlist comes from: the server (through the content cache, refreshed in the
// background), else the cached copy, else assets/content/playlist.json, else a built-in quiet
// slide. A playlist that does not read cleanly is logged and passed over, never half-used.
#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "stillpoint/core/lobby/playlist.h"
#include "stillpoint/sync/content_cache.h"
#include "stillpoint/sync/sleeper.h"

namespace stillpoint::display {

class PlaylistSource {
public:
  PlaylistSource(std::filesystem::path cache_dir, std::filesystem::path content_dir,
                 sync::ServerEndpoint server);
  ~PlaylistSource();
  PlaylistSource(const PlaylistSource&) = delete;
  PlaylistSource& operator=(const PlaylistSource&) = delete;

  // The best playlist available without network, for the first frame.
  // Call before start().
  lobby::PlaylistSet initial();
  // Fetches now and then every `period` on a background thread; `on_update` (on that thread)
  // hears of each new playlist waiting in take_update().
  void start(std::chrono::seconds period, std::function<void()> on_update = {});
  void stop();
  // A playlist fetched since the last call that differs from what was handed out, if any.
  std::optional<lobby::PlaylistSet> take_update();

private:
  void run(std::chrono::seconds period, const std::function<void()>& on_update);
  // Reads `body`; logs and returns nothing when it is not a valid playlist.
  static std::optional<lobby::PlaylistSet> read(const std::string& body, const char* where);

  std::filesystem::path content_dir_;
  sync::ContentCache cache_;
  sync::RealSleeper sleeper_;
  std::mutex mutex_;
  std::optional<lobby::PlaylistSet> pending_;
  std::string last_body_;  // the playlist text in use (the thread's after start())
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

// The playlist used when no file can be read: the clock and the clinic's name.
lobby::PlaylistSet fallback_playlist();

}  // namespace stillpoint::display
