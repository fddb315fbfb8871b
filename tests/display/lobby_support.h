#pragma once
// Shared by the lobby tests: a headless Lobby on the offscreen driver, a content folder holding
// the playlist a test wants, a scripted queue feed, a chime that counts, and bounded pumping.
#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "stillpoint/display/lobby.h"

namespace stillpoint::display::testing {

// A fresh folder under the build tree.
std::filesystem::path scratch_dir(const std::string& name);

// A clock tests move by hand that other threads may read.
class SharedManualClock final : public TimeSource {
public:
  explicit SharedManualClock(TimePoint start) : ticks_(start.time_since_epoch().count()) {}
  TimePoint now() const override { return TimePoint(Clock::duration(ticks_.load())); }
  void set(TimePoint at) { ticks_ = at.time_since_epoch().count(); }
  void advance(Clock::duration by) { ticks_ += by.count(); }

private:
  std::atomic<Clock::rep> ticks_;
};

// A queue feed the test sets by hand.
class ScriptedFeed final : public QueueFeed {
public:
  std::optional<sync::QueueView> latest() const override;
  sync::QueueFeedStatus status() const override;
  std::uint64_t generation() const override;
  void set(sync::QueueView view, sync::QueueFeedStatus status);
  void set_status(sync::QueueFeedStatus status);

private:
  mutable std::mutex mutex_;
  std::optional<sync::QueueView> view_;
  sync::QueueFeedStatus status_;
  std::uint64_t generation_ = 0;
};

// Counts plays instead of making a sound.
class CountingChime final : public Chime {
public:
  void play() override { ++plays; }
  std::atomic<int> plays{0};
};

// An assets folder whose content/playlist.json is `playlist` (images copied from the repo).
std::filesystem::path assets_with_playlist(const std::string& name, const std::string& playlist);
// A playlist of one slide (its JSON object).
std::string one_slide(const std::string& slide_json, const std::string& palette = "day");

// A headless lobby (1920x1080 unless told). `feed`/`chime` may be null (then the test owns none).
struct LobbyRig {
  LobbyRig(const std::filesystem::path& assets, LobbyConfig config, const TimeSource& clock,
           std::unique_ptr<QueueFeed> feed, std::unique_ptr<Chime> chime,
           const std::string& server_url = "http://127.0.0.1:9", const std::string& token = {},
           ui::Size size = {1920, 1080});
  std::unique_ptr<Lobby> lobby;
  // Every string drawn since construction (the text observer).
  std::shared_ptr<std::vector<std::string>> seen = std::make_shared<std::vector<std::string>>();

  // True when some string drawn in the last frame contains `text`.
  bool drew(const std::string& text) const;
  // All of the last frame's strings, joined (for failure messages).
  std::string last_frame() const;
  // Pumps (advancing nothing) until `done` or `pumps` iterations of `step` real time.
  bool pump_until(const std::function<bool()>& done, int pumps, std::chrono::milliseconds step);
  void screenshot(const std::string& name);
};

// A queue view with codes `waiting`, `serving` (ticket -> room), wait range 10-20.
sync::QueueView queue_view(std::int64_t version, std::vector<std::pair<std::string, std::string>> serving,
                           std::vector<std::string> waiting);
// A fresh status (confirmed just now) or a stale one.
sync::QueueFeedStatus fresh_status(TimePoint now);
sync::QueueFeedStatus stale_status(TimePoint now, std::chrono::seconds age);

// Tuesday 10:00 local time, on a date in 2031: days and windows in playlists are easy to reason about.
TimePoint tuesday_at(int hour, int minute = 0);

}  // namespace stillpoint::display::testing
