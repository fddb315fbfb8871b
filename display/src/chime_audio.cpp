// The chime through the toolkit's TonePlayer (SDL audio lives in ui/).
#include <cstdio>

#include "stillpoint/display/chime.h"
#include "stillpoint/ui/tone_player.h"

namespace stillpoint::display {
namespace {

constexpr int kRate = 48000;

// Opens the default output once; each play() starts the same samples again.
class AudioChime final : public Chime {
public:
  explicit AudioChime(int volume_percent)
      : samples_(chime_samples(kRate, 1.0)), volume_(volume_percent / 100.0), player_(kRate) {
    if (!player_.available())
      std::fprintf(stderr, "lobby: %s; the call chime is silent\n", player_.error().c_str());
  }
  void play() override { player_.play(samples_, volume_); }

private:
  std::vector<float> samples_;
  double volume_;
  ui::TonePlayer player_;
};

}  // namespace

std::unique_ptr<Chime> make_audio_chime(int volume_percent) {
  if (volume_percent <= 0) return make_silent_chime();
  return std::make_unique<AudioChime>(volume_percent);
}

}  // namespace stillpoint::display
