#include "lobby_screen.h"

#include <algorithm>
#include <cstdio>

#include "draw.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::display {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

namespace {

constexpr milliseconds kTakeoverFade{600};
// An image's slow pan moves a few pixels a second: a new frame every 125 ms keeps it smooth,
// where 30 frames a second of a scaled full-area picture cost a fifth of a core in software.
constexpr milliseconds kPanStep{125};
// A takeover announced this late would only confuse: the person has long gone in.
constexpr std::size_t kMaxPendingCalls = 4;

std::string clock_text(lobby::LocalMoment m, bool twenty_four) {
  const int h = m.minute_of_day / 60;
  const int min = m.minute_of_day % 60;
  char text[16];
  if (twenty_four) std::snprintf(text, sizeof text, "%02d:%02d", h, min);
  else std::snprintf(text, sizeof text, "%d:%02d %s", (h + 11) % 12 + 1, min, h < 12 ? "AM" : "PM");
  return text;
}

// The pacer's shape moves only while breathing in or out; through a hold it stands still and
// only the count changes. Every hold lasts whole seconds and cycles start on whole seconds since
// the epoch, so the count changes on the whole second that next_tick already wakes for.
bool breath_moving(lobby::BreathingPattern pattern, TimePoint now) {
  const auto step = lobby::breathing_state(pattern, now).step;
  return step == lobby::BreathStep::breathe_in || step == lobby::BreathStep::breathe_out;
}

const char* kind_name(lobby::SlideKind kind) {
  switch (kind) {
    case lobby::SlideKind::breathing: return "breathing";
    case lobby::SlideKind::text: return "text";
    case lobby::SlideKind::image: return "image";
    case lobby::SlideKind::queue: return "queue";
    case lobby::SlideKind::quiet: return "quiet";
  }
  return "none";
}

}  // namespace

LobbyScreen::LobbyScreen(LobbyScreenDeps deps) : deps_(std::move(deps)) {}

void LobbyScreen::set_playlists(lobby::PlaylistSet set) {
  playlists_ = std::move(set);
  rotation_.reset();
  active_ = nullptr;
  images_.clear();
  last_key_.clear();
}

const lobby::Slide* LobbyScreen::slide(std::optional<std::size_t> index) const {
  if (!rotation_ || !index) return nullptr;
  return &rotation_->playlist().slides[*index];
}

void LobbyScreen::prepare_images() {
  const auto& slides = rotation_->playlist().slides;
  for (std::size_t i = 0; i < slides.size(); ++i) {
    if (slides[i].kind != lobby::SlideKind::image) continue;
    std::string why;
    if (images_.load(slides[i].image, deps_.content_dir / slides[i].image, &why)) continue;
    // The slide id, the file and the decoder's reason: content, never a person.
    std::fprintf(stderr, "lobby: skipping slide '%s': image %s could not be loaded (%s)\n",
                 slides[i].id.c_str(), slides[i].image.c_str(), why.c_str());
    rotation_->mark_broken(i);
  }
}

void LobbyScreen::update_playlist(TimePoint now, lobby::LocalMoment moment) {
  const lobby::Playlist* wanted = lobby::active_playlist(playlists_, moment);
  if (wanted != active_ || !rotation_) {
    active_ = wanted;
    rotation_.reset();
    if (wanted) {
      rotation_.emplace(*wanted, deps_.config.crossfade);
      prepare_images();
    }
  }
  if (!rotation_) {
    frame_ = {};
    return;
  }
  frame_ = rotation_->update(now, moment);
  slide_started_ = now - frame_.elapsed;
}

void LobbyScreen::update_queue(TimePoint) {
  const auto generation = deps_.feed.generation();
  const auto view = deps_.feed.latest();
  if (generation != queue_generation_ && view) {
    queue_generation_ = generation;
    for (auto& call : calls_.observe(*view)) {
      if (pending_calls_.size() >= kMaxPendingCalls) pending_calls_.pop_front();
      pending_calls_.push_back(std::move(call));
    }
  }
  queue_ = queue_text(view, deps_.feed.status(), deps_.config, deps_.strings, deps_.language);
}

void LobbyScreen::update_takeover(TimePoint now) {
  if (takeover_ && lobby::takeover_at(duration_cast<milliseconds>(now - takeover_->started),
                                      deps_.config.takeover, kTakeoverFade).over)
    takeover_.reset();
  if (takeover_ || pending_calls_.empty()) return;
  takeover_ = Takeover{pending_calls_.front(), now};
  pending_calls_.pop_front();
  deps_.chime.play();
}

void LobbyScreen::tick(TimePoint now) {
  const auto moment = lobby::local_moment(now);
  clock_ = clock_text(moment, deps_.config.clock_24h);
  update_playlist(now, moment);
  update_queue(now);
  update_takeover(now);
  std::string key = picture_key(now);
  if (key != last_key_) {
    last_key_ = std::move(key);
    request_draw();
  }
}

TimePoint LobbyScreen::next_tick(TimePoint now) const {
  const auto second = std::chrono::duration_cast<Clock::duration>(std::chrono::seconds(1));
  TimePoint next = TimePoint((now.time_since_epoch() / second + 1) * second);
  if (rotation_)
    if (const auto change = rotation_->next_change()) next = std::min(next, *change);
  if (const auto* s = slide(frame_.current); s && s->kind == lobby::SlideKind::image) {
    const auto step = duration_cast<Clock::duration>(kPanStep);
    next = std::min(next, slide_started_ + ((now - slide_started_) / step + 1) * step);
  }
  if (takeover_) {
    // The phases' edges, where frames stop or start: the still call, the dip back, the end.
    const auto total = duration_cast<Clock::duration>(deps_.config.takeover);
    for (const auto edge : {duration_cast<Clock::duration>(2 * kTakeoverFade), total - 2 * kTakeoverFade, total})
      if (takeover_->started + edge > now) next = std::min(next, takeover_->started + edge);
  }
  return std::max(next, now);
}

std::string LobbyScreen::picture_key(TimePoint now) const {
  std::string key = still_key(now);
  if (const auto* s = slide(frame_.current); s && s->kind == lobby::SlideKind::breathing)
    key += "|C" + std::to_string(lobby::breathing_state(s->pattern, now).count);  // a hold counts
  return key;
}

std::string LobbyScreen::still_key(TimePoint now) const {
  // Everything a still frame shows; moving parts are covered by animating_background.
  std::string key = clock_ + "|" + std::to_string(frame_.current.value_or(9999)) + "|" +
                    (active_ ? active_->id : "-") + "|";
  if (const auto* s = slide(frame_.current)) {
    key += std::to_string(lobby::alternating_language_at(frame_.elapsed, s->duration));
    if (s->kind == lobby::SlideKind::image) key += "|P" + std::to_string((now - slide_started_) / kPanStep);
    // The step's words sit outside the pacer's square (see redraw_area).
    if (s->kind == lobby::SlideKind::breathing)
      key += "|B" + std::to_string(static_cast<int>(lobby::breathing_state(s->pattern, now).step));
  }
  key += "|" + deps_.language + "|" + queue_.placeholder + queue_.status + queue_.waiting + queue_.wait_range;
  for (const auto& l : queue_.serving) key += "|" + l.ticket + l.room;
  for (const auto& c : queue_.next_codes) key += "," + c;
  if (takeover_) {
    const auto t = lobby::takeover_at(duration_cast<milliseconds>(now - takeover_->started),
                                      deps_.config.takeover, kTakeoverFade);
    key += "|T" + takeover_->call.ticket + (t.show_call ? "1" : "0");
  }
  return key;
}

std::string LobbyScreen::showing() const {
  if (takeover_) return "takeover";
  const auto* s = slide(frame_.current);
  return s ? kind_name(s->kind) : "none";
}

bool LobbyScreen::animating_background(TimePoint now) const {
  if (takeover_) {
    const auto t = lobby::takeover_at(duration_cast<milliseconds>(now - takeover_->started),
                                      deps_.config.takeover, kTakeoverFade);
    if (t.running) return true;
    if (t.show_call) return false;  // a still call: no frames
  }
  const auto elapsed = duration_cast<milliseconds>(now - slide_started_);
  if (frame_.previous && lobby::crossfade_at(elapsed, deps_.config.crossfade).running) return true;
  // An image pans in steps and a held breath counts in whole seconds (next_tick and the key).
  const auto* s = slide(frame_.current);
  return s && s->kind == lobby::SlideKind::breathing && breath_moving(s->pattern, now);
}

}  // namespace stillpoint::display
