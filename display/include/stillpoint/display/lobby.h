#pragma once
// The lobby display as an object: the app window, the playlist, the queue feed and the chime,
// driven by run() in production and by pump() in tests and benches.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "stillpoint/core/clock.h"
#include "stillpoint/core/device_config.h"
#include "stillpoint/display/chime.h"
#include "stillpoint/display/lobby_config.h"
#include "stillpoint/display/queue_feed.h"
#include "stillpoint/ui/app.h"

namespace stillpoint::display {

class LobbyScreen;
class PlaylistSource;

// How to build a Lobby. Paths are already resolved (absolute or relative to the working dir).
struct LobbyOptions {
  DeviceConfig device;
  LobbyConfig lobby;
  std::filesystem::path assets_dir;  // holds content/playlist.json and content/images/
  std::filesystem::path data_dir;    // the content cache goes in data_dir/content-cache
  std::string token;                 // the display's bearer token; empty: no server contact
  ui::WindowOptions window;
  // The clock for animations, schedules and staleness; null: the system clock. Shared with the
  // poller's thread, so it must be thread-safe.
  const TimeSource* clock = nullptr;
  // The queue source; null: long-poll device.server_url with the token.
  std::unique_ptr<QueueFeed> feed;
  // The chime; null: SDL audio per config (or silent when the config turns it off).
  std::unique_ptr<Chime> chime;
  // Refresh the playlist from the server in the background (off: assets and cache only).
  bool fetch_playlist = true;
  // How often the screen reports in (POST /api/v1/heartbeat) while it has a token, so the
  // console's devices view sees it alive.
  std::chrono::milliseconds heartbeat_interval = std::chrono::seconds(30);
};

// One lobby screen. Construct, then run() or pump(); the destructor stops the threads.
class Lobby {
public:
  explicit Lobby(LobbyOptions options);
  ~Lobby();
  Lobby(const Lobby&) = delete;
  Lobby& operator=(const Lobby&) = delete;

  // Runs until request_stop().
  void run();
  // Ends run() at once, from any thread (a stop signal's watcher); later calls change nothing.
  void request_stop();
  // One non-blocking step (timers, queue, playlist, drawing); true when a frame was drawn.
  bool pump();
  // One iteration of the loop run() repeats: waits up to `max_wait` unless woken sooner by a new
  // snapshot, a timer or an animation frame; true when a frame was drawn (bench).
  bool run_once(Clock::duration max_wait);
  ui::App& app();
  // Draw-and-present times of the frames drawn by pump() and run_once(), in microseconds (bench).
  const std::vector<std::uint32_t>& frame_micros() const;
  // How many frames redrew only the breathing pacer's area over the kept last frame (tests, bench).
  int partial_frames() const;
  // The slide kind showing now, as named in playlist.json ("breathing"...), or "takeover"/"none".
  std::string showing() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::display
