#pragma once
// Which slide the lobby shows: each for its duration, in order, skipping slides whose schedule
// does not hold now and slides that failed to load, with a crossfade at each change.
#include <chrono>
#include <cstddef>
#include <optional>
#include <vector>

#include "stillpoint/core/clock.h"
#include "stillpoint/core/lobby/fade.h"
#include "stillpoint/core/lobby/playlist.h"

namespace stillpoint::lobby {

// What to draw at one instant.
struct RotationFrame {
  std::optional<std::size_t> current;   // index into the playlist; none: nothing can be shown
  std::optional<std::size_t> previous;  // the slide fading out, if any
  CrossfadeFrame fade;
  std::chrono::milliseconds elapsed{0};  // time since `current` started
};

// Steps through one playlist on an injected clock. Owns a copy of the playlist, so a new one
// from the server simply replaces the rotation. Advancing happens in update(), never in a
// draw, so a late frame never skips a slide twice.
class SlideRotation {
public:
  SlideRotation(Playlist playlist, std::chrono::milliseconds crossfade);

  // Moves on when the current slide's time is up (or its schedule stopped holding) and returns
  // what to draw at `now`.
  RotationFrame update(TimePoint now, LocalMoment moment);
  // Never shows slide `index` again (it could not be loaded); moves on at the next update.
  void mark_broken(std::size_t index);
  bool broken(std::size_t index) const;
  // When update() will next change slide, if a slide is showing.
  std::optional<TimePoint> next_change() const;
  const Playlist& playlist() const { return playlist_; }

private:
  bool eligible(std::size_t index, LocalMoment moment) const;
  std::optional<std::size_t> next_eligible(std::optional<std::size_t> after,
                                           LocalMoment moment) const;
  void start(std::optional<std::size_t> next, TimePoint now);

  Playlist playlist_;
  std::chrono::milliseconds crossfade_;
  std::vector<bool> broken_;
  std::optional<std::size_t> current_;
  std::optional<std::size_t> previous_;
  TimePoint started_{};
  bool started_once_ = false;
};

}  // namespace stillpoint::lobby
