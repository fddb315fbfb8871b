#pragma once
// Plays a synthesised mono sound (a chime, a soft tone) through SDL audio, so apps outside ui/
// can make sound without touching SDL. A box without speakers gets a silent player, not an error.
#include <memory>
#include <span>
#include <string>

namespace stillpoint::ui {

class TonePlayer {
public:
  // Opens the default output for mono float samples at `sample_rate`. Never throws: when audio
  // or the device cannot open, available() is false and error() says why.
  explicit TonePlayer(int sample_rate = 48000);
  ~TonePlayer();
  TonePlayer(const TonePlayer&) = delete;
  TonePlayer& operator=(const TonePlayer&) = delete;

  bool available() const;
  const std::string& error() const;
  int sample_rate() const;
  // Starts `samples` (-1..1) at `volume` (0..1, clamped), replacing whatever still plays, so two
  // calls in a row give one sound, not a pile-up. Returns at once; false when nothing was queued
  // (no device, silence, or an empty buffer).
  bool play(std::span<const float> samples, double volume);
  // Bytes still waiting to be played (0 when silent or done).
  std::size_t queued_bytes() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::ui
