#pragma once
// Timing of the lobby's transitions as plain functions of elapsed time, so frames drawn late
// still show the right state and tests step the clock by hand.
#include <chrono>

namespace stillpoint::lobby {

// A crossfade that dips through the background: the outgoing slide is veiled during the first
// half, the incoming one unveiled during the second. Only a veil's alpha changes, so no text is
// re-rendered while fading.
struct CrossfadeFrame {
  bool show_incoming = true;  // false: draw the outgoing slide
  double veil = 0;            // 0 (clear) .. 1 (only background), eased
  bool running = false;       // true while frames are needed
};

// The crossfade `elapsed` after the incoming slide started, for a fade of `duration`.
CrossfadeFrame crossfade_at(std::chrono::milliseconds elapsed, std::chrono::milliseconds duration);

// Which language a bilingual text slide shows `elapsed` into its `duration`: 0 (the first,
// English) for the first half, 1 (Spanish) for the second.
int alternating_language_at(std::chrono::milliseconds elapsed, std::chrono::milliseconds duration);

// Smooth ease-in-out of t (clamped to 0..1).
double smooth(double t);

}  // namespace stillpoint::lobby

namespace stillpoint::lobby {

// The call takeover's timeline: the content dips out, the call shows, and at the end the
// content dips back in, each dip `fade` long, within `total`.
struct TakeoverFrame {
  bool show_call = false;  // false: draw the content beneath
  double veil = 0;         // 0..1 over whichever is drawn
  bool running = false;    // true while a dip needs frames
  bool over = false;       // the takeover has ended
};

TakeoverFrame takeover_at(std::chrono::milliseconds elapsed, std::chrono::milliseconds total,
                          std::chrono::milliseconds fade);

}  // namespace stillpoint::lobby
