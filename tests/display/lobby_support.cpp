#include "lobby_support.h"

#include <cstdlib>
#include <fstream>
#include <thread>

#include "stillpoint/core/civil_time.h"

namespace stillpoint::display::testing {

std::filesystem::path scratch_dir(const std::string& name) {
  const auto dir = std::filesystem::path(STILLPOINT_BINARY_DIR) / "test-output" / "lobby" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::optional<sync::QueueView> ScriptedFeed::latest() const {
  std::lock_guard lock(mutex_);
  return view_;
}
sync::QueueFeedStatus ScriptedFeed::status() const {
  std::lock_guard lock(mutex_);
  return status_;
}
std::uint64_t ScriptedFeed::generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}
void ScriptedFeed::set(sync::QueueView view, sync::QueueFeedStatus status) {
  {
    std::lock_guard lock(mutex_);
    view_ = std::move(view);
    status_ = status;
    ++generation_;
  }
  notify();  // like the poller: the lobby is woken, it does not poll
}
void ScriptedFeed::set_status(sync::QueueFeedStatus status) {
  std::lock_guard lock(mutex_);
  status_ = status;
}

std::filesystem::path assets_with_playlist(const std::string& name, const std::string& playlist) {
  const auto dir = scratch_dir(name);
  const auto content = dir / "content";
  std::filesystem::create_directories(content);
  std::filesystem::copy(std::filesystem::path(STILLPOINT_SOURCE_DIR) / "assets" / "content" / "images",
                        content / "images", std::filesystem::copy_options::recursive);
  std::ofstream(content / "playlist.json") << playlist;
  return dir;
}

std::string one_slide(const std::string& slide_json, const std::string& palette) {
  return R"({"playlists":[{"id":"test","palette":")" + palette + R"(","slides":[)" + slide_json + "]}]}";
}

LobbyRig::LobbyRig(const std::filesystem::path& assets, LobbyConfig config, const TimeSource& clock,
                   std::unique_ptr<QueueFeed> feed, std::unique_ptr<Chime> chime,
                   const std::string& server_url, const std::string& token, ui::Size size) {
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  LobbyOptions o;
  o.device.clinic_name = "Riverside Clinic";
  o.device.server_url = server_url;
  o.lobby = config;
  o.assets_dir = assets;
  o.data_dir = assets / "data";
  o.token = token;
  o.window.fullscreen = false;
  o.window.size = size;
  o.clock = &clock;
  o.feed = std::move(feed);
  o.chime = chime ? std::move(chime) : make_silent_chime();
  o.fetch_playlist = !token.empty();
  lobby = std::make_unique<Lobby>(std::move(o));
  lobby->app().set_text_observer([seen = seen](std::string_view text) { seen->emplace_back(text); });
}

bool LobbyRig::drew(const std::string& text) const {
  for (const auto& s : lobby->app().drawn_text())
    if (s.find(text) != std::string::npos) return true;
  return false;
}

std::string LobbyRig::last_frame() const {
  std::string out;
  for (const auto& s : lobby->app().drawn_text()) out += "[" + s + "] ";
  return out;
}

bool LobbyRig::pump_until(const std::function<bool()>& done, int pumps, std::chrono::milliseconds step) {
  for (int i = 0; i < pumps; ++i) {
    lobby->pump();
    if (done()) return true;
    std::this_thread::sleep_for(step);
  }
  return done();
}

void LobbyRig::screenshot(const std::string& name) {
  const auto dir = std::filesystem::path(STILLPOINT_BINARY_DIR) / "test-output" / "lobby" / "screens";
  std::filesystem::create_directories(dir);
  lobby->app().save_screenshot(dir / ("lobby-" + name + ".png"));
}

sync::QueueView queue_view(std::int64_t version, std::vector<std::pair<std::string, std::string>> serving,
                           std::vector<std::string> waiting) {
  sync::QueueView v;
  v.version = version;
  for (auto& [ticket, room] : serving) v.now_serving.push_back({ticket, room, TimePoint(std::chrono::seconds(1'700'000'000))});
  int position = 1;
  for (auto& ticket : waiting) v.waiting.push_back({ticket, position++});
  if (!waiting.empty()) v.wait_minutes = std::pair{10, 20};
  return v;
}

sync::QueueFeedStatus fresh_status(TimePoint now) {
  return {true, now, false, std::chrono::seconds(0)};
}

sync::QueueFeedStatus stale_status(TimePoint now, std::chrono::seconds age) {
  return {false, now - age, true, age};
}

TimePoint tuesday_at(int hour, int minute) {
  // 2031-03-04 is a Tuesday.
  return local_midnight(Date{std::chrono::year{2031}, std::chrono::March, std::chrono::day{4}}) +
         std::chrono::hours(hour) + std::chrono::minutes(minute);
}

}  // namespace stillpoint::display::testing
