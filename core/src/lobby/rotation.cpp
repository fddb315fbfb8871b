#include "stillpoint/core/lobby/rotation.h"

namespace stillpoint::lobby {

using std::chrono::milliseconds;

SlideRotation::SlideRotation(Playlist playlist, milliseconds crossfade)
    : playlist_(std::move(playlist)), crossfade_(crossfade), broken_(playlist_.slides.size()) {}

bool SlideRotation::eligible(std::size_t index, LocalMoment moment) const {
  return !broken_[index] && playlist_.slides[index].schedule.includes(moment);
}

std::optional<std::size_t> SlideRotation::next_eligible(std::optional<std::size_t> after,
                                                        LocalMoment moment) const {
  const std::size_t n = playlist_.slides.size();
  const std::size_t first = after ? *after + 1 : 0;
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (first + k) % n;
    if (eligible(i, moment)) return i;
  }
  return std::nullopt;
}

void SlideRotation::start(std::optional<std::size_t> next, TimePoint now) {
  // A slide replaced by itself (the only eligible one) keeps playing without a fade.
  if (next == current_ && started_once_) {
    started_ = now;
    previous_.reset();
    return;
  }
  // A broken slide never fades out: it must not be drawn at all.
  const bool drawable = started_once_ && current_ && !broken_[*current_];
  previous_ = drawable ? current_ : std::nullopt;
  current_ = next;
  started_ = now;
  started_once_ = true;
}

RotationFrame SlideRotation::update(TimePoint now, LocalMoment moment) {
  if (!started_once_) {
    start(next_eligible(std::nullopt, moment), now);
  } else if (!current_ || !eligible(*current_, moment)) {
    start(next_eligible(current_, moment), now);
  } else if (now - started_ >= playlist_.slides[*current_].duration) {
    start(next_eligible(current_, moment), now);
  }
  RotationFrame frame;
  frame.current = current_;
  frame.elapsed = std::chrono::duration_cast<milliseconds>(now - started_);
  if (previous_) {
    frame.fade = crossfade_at(frame.elapsed, crossfade_);
    if (frame.fade.running) frame.previous = previous_;
  }
  return frame;
}

void SlideRotation::mark_broken(std::size_t index) {
  if (index < broken_.size()) broken_[index] = true;
}

bool SlideRotation::broken(std::size_t index) const {
  return index < broken_.size() && broken_[index];
}

std::optional<TimePoint> SlideRotation::next_change() const {
  if (!current_) return std::nullopt;
  return started_ + playlist_.slides[*current_].duration;
}

}  // namespace stillpoint::lobby
