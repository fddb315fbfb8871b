#pragma once
// The one screen of the lobby: the slide, the queue card, the footer and the call takeover.
#include <deque>
#include <filesystem>
#include <optional>
#include <string>

#include "image_store.h"
#include "stillpoint/core/lobby/rotation.h"
#include "stillpoint/display/call_watch.h"
#include "stillpoint/display/chime.h"
#include "stillpoint/display/lobby_config.h"
#include "stillpoint/display/lobby_strings.h"
#include "stillpoint/display/queue_feed.h"
#include "stillpoint/display/queue_text.h"
#include "stillpoint/ui/cached_layer.h"
#include "stillpoint/ui/screen.h"

namespace stillpoint::display {

struct DrawEnv;

// What the screen needs from its owner; all references outlive the screen.
struct LobbyScreenDeps {
  const LobbyConfig& config;
  const std::string& clinic_name;
  const std::string& helpline;
  const std::string& language;
  const LobbyStrings& strings;
  QueueFeed& feed;
  Chime& chime;
  std::filesystem::path content_dir;  // images resolve against it
};

// Holds the lobby's state and draws it. tick() (on a short timer) takes in the clock, the
// playlist and the queue and asks for a frame only when what is shown changed; moving parts
// (the pacer, a slow pan, a fade) ask for frames through animating_background.
class LobbyScreen : public ui::Screen {
public:
  explicit LobbyScreen(LobbyScreenDeps deps);

  // Takes on a playlist set (the first, or a newer one from the server).
  void set_playlists(lobby::PlaylistSet set);
  // Brings everything up to `now`; requests a frame when the picture changed.
  void tick(TimePoint now);
  // When tick() must run again, after a tick at `now`, for the picture to stay right with no
  // new input: the next slide change, the end of a takeover, or the next whole second (the
  // clock's minute, a text slide's language switch, a held breath's count, the queue going
  // stale).
  TimePoint next_tick(TimePoint now) const;
  // The slide kind showing, "takeover", or "none" (tests and bench).
  std::string showing() const;

  bool animating_background(TimePoint now) const override;
  void draw_background(ui::Painter& painter) const override;
  // Frames that redrew only the breathing pacer's area (see redraw_area).
  int partial_frames() const { return partial_frames_; }

private:
  // The takeover in progress: the call and when it began.
  struct Takeover {
    Call call;
    TimePoint started;
  };

  void update_playlist(TimePoint now, lobby::LocalMoment moment);
  void prepare_images();
  void update_queue(TimePoint now);
  void update_takeover(TimePoint now);
  // Everything a frame shows: the still parts (still_key) and the breath's step and count.
  std::string picture_key(TimePoint now) const;
  std::string still_key(TimePoint now) const;
  // Where the next frame must be drawn: nullopt for everywhere, or, when only the breathing
  // pacer moved since the kept last frame, the area it moves in.
  std::optional<ui::Rect> redraw_area(const ui::Painter& painter, TimePoint now) const;
  const lobby::Slide* slide(std::optional<std::size_t> index) const;
  void draw_slide(const DrawEnv& env, const lobby::Slide* s, TimePoint now) const;
  void draw_content(const DrawEnv& env, TimePoint now) const;

  LobbyScreenDeps deps_;
  ImageStore images_;
  mutable ui::CachedLayer still_{true};  // the backdrop, cards and footer band (opaque)
  mutable ui::Sprite pacer_;              // the breathing shape at a full breath
  lobby::PlaylistSet playlists_;
  std::optional<lobby::SlideRotation> rotation_;
  const lobby::Playlist* active_ = nullptr;  // within playlists_
  lobby::RotationFrame frame_;
  TimePoint slide_started_{};
  std::uint64_t queue_generation_ = 0;
  QueueText queue_;
  CallWatch calls_;
  std::deque<Call> pending_calls_;
  std::optional<Takeover> takeover_;
  std::string clock_;
  std::string last_key_;
  mutable std::string drawn_still_key_;  // still_key of the last frame drawn
  mutable int partial_frames_ = 0;
};

}  // namespace stillpoint::display
