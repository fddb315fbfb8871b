#include "stillpoint/display/lobby.h"

#include <algorithm>
#include <atomic>
#include <cstdio>

#include "lobby_screen.h"
#include "stillpoint/core/version.h"
#include "stillpoint/sync/heartbeat.h"
#include "stillpoint/sync/transport.h"
#include "look.h"
#include "playlist_source.h"
#include "wake_signal.h"

namespace stillpoint::display {
namespace {

// How often input (window events) is looked at when nothing is scheduled; the lobby's own
// timers come at least once a second, so this only bounds an unusual quiet stretch.
constexpr std::chrono::milliseconds kInputCheck{250};

sync::ServerEndpoint endpoint_of(const LobbyOptions& o) {
  return sync::ServerEndpoint{o.device.server_url, o.token};
}

ui::AppOptions app_options(const LobbyOptions& o, const TimeSource* clock) {
  ui::AppOptions a;
  a.window = o.window;
  a.window.title = "Stillpoint lobby";
  a.theme = lobby_theme(ui::Theme{});
  a.font_family = o.device.font_family;
  a.clock = clock;
  a.animation_fps = o.lobby.fps;
  return a;
}

}  // namespace

struct Lobby::Impl {
  SystemTimeSource system_clock;
  const TimeSource* clock;
  LobbyOptions options;
  std::unique_ptr<QueueFeed> feed;
  std::unique_ptr<Chime> chime;
  PlaylistSource playlists;
  ui::App app;
  LobbyScreen* screen = nullptr;  // owned by the app's stack
  std::vector<std::uint32_t> frame_micros;

  // Reports in on its own thread while there is a token (see LobbyOptions::heartbeat_interval).
  std::unique_ptr<sync::HttpTransport> heartbeat_transport;
  sync::ContactTracker heartbeat_contact;
  sync::RealSleeper heartbeat_sleeper;
  std::unique_ptr<sync::HeartbeatLoop> heartbeat;

  ui::TimerId tick_timer = 0;
  std::atomic<bool> stop_requested{false};
  // Raised with every post, so step() can sleep outside SDL (shared with the posting threads).
  std::shared_ptr<WakeSignal> wake = std::make_shared<WakeSignal>();

  explicit Impl(LobbyOptions o);
  void schedule_tick();
  void tick();
  bool step(std::optional<Clock::duration> max_wait);
  bool record(bool drew) {
    if (drew)
      frame_micros.push_back(static_cast<std::uint32_t>(
          std::chrono::duration_cast<std::chrono::microseconds>(app.last_frame_time()).count()));
    return drew;
  }
};

Lobby::Impl::Impl(LobbyOptions o)
    : clock(o.clock ? o.clock : &system_clock), options(std::move(o)),
      playlists(options.data_dir / "content-cache", options.assets_dir / "content", endpoint_of(options)),
      app(app_options(options, clock)) {
  feed = std::move(options.feed);
  if (!feed) {
    sync::QueuePollerOptions poll;
    poll.server = endpoint_of(options);
    poll.stale_after = options.lobby.stale_after;
    feed = make_poller_feed(poll, *clock);
  }
  chime = std::move(options.chime);
  if (!chime) chime = options.lobby.chime ? make_audio_chime(options.lobby.chime_volume) : make_silent_chime();
  auto screen_ptr = std::make_unique<LobbyScreen>(LobbyScreenDeps{
      options.lobby, options.device.clinic_name, options.device.helpline, options.device.default_language,
      LobbyStrings::builtin(), *feed, *chime, options.assets_dir / "content"});
  screen = screen_ptr.get();
  screen->set_playlists(playlists.initial());
  app.push(std::move(screen_ptr));
  // A new snapshot or playlist wakes the loop at once (App::post and the wake signal): the
  // lobby never polls. The tasks run on the UI thread, and the feed and playlist threads stop
  // before the app goes.
  const auto wake_to_tick = [poster = app.poster(), wake = wake, this] {
    poster.post([this] { tick(); });
    wake->raise();
  };
  feed->set_listener(wake_to_tick);
  feed->start();
  if (options.fetch_playlist && !options.token.empty())
    playlists.start(options.lobby.playlist_refresh, wake_to_tick);
  if (!options.token.empty()) {
    heartbeat_transport = std::make_unique<sync::HttpTransport>(endpoint_of(options));
    heartbeat = std::make_unique<sync::HeartbeatLoop>(
        *heartbeat_transport, [] { return sync::OutboxStats{}; }, kVersion, heartbeat_contact,
        heartbeat_sleeper, *clock, options.heartbeat_interval);
    heartbeat->start();
  }
  tick();
}

void Lobby::Impl::schedule_tick() {
  // One timer at a time: the next moment the picture changes on its own (a slide change, the
  // end of a takeover, the clock's next second); anything sooner arrives as a post.
  app.timers().cancel(tick_timer);
  const auto now = clock->now();
  const auto delay = std::max<Clock::duration>(screen->next_tick(now) - now, std::chrono::milliseconds(1));
  tick_timer = app.after(delay, [this] { tick(); });
}

void Lobby::Impl::tick() {
  if (auto update = playlists.take_update()) screen->set_playlists(std::move(*update));
  screen->tick(clock->now());
  schedule_tick();
}

bool Lobby::Impl::step(std::optional<Clock::duration> max_wait) {
  // App::run's SDL wait would poll every millisecond here (see WakeSignal); the app still says
  // how long nothing is due, and pump() handles what arrived: input, posts, timers, a frame.
  auto sleep = app.wait_budget().value_or(kInputCheck);
  if (max_wait) sleep = std::min(sleep, *max_wait);
  if (sleep > Clock::duration::zero()) wake->wait_for(sleep);
  return app.pump();
}

Lobby::Lobby(LobbyOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {}

Lobby::~Lobby() {
  if (impl_->heartbeat) impl_->heartbeat->stop();
  impl_->feed->stop();
  impl_->playlists.stop();
}

void Lobby::run() {
  while (!impl_->stop_requested.load()) impl_->step(std::nullopt);
}

void Lobby::request_stop() {
  impl_->stop_requested.store(true);
  impl_->wake->raise();
}

bool Lobby::pump() { return impl_->record(impl_->app.pump()); }

bool Lobby::run_once(Clock::duration max_wait) { return impl_->record(impl_->step(max_wait)); }

ui::App& Lobby::app() { return impl_->app; }
const std::vector<std::uint32_t>& Lobby::frame_micros() const { return impl_->frame_micros; }
int Lobby::partial_frames() const { return impl_->screen->partial_frames(); }
std::string Lobby::showing() const { return impl_->screen->showing(); }


}  // namespace stillpoint::display
