#pragma once
// The soft tone played when a ticket is called. Synthesised, never a recording.
#include <memory>
#include <vector>

namespace stillpoint::display {

// Something that can sound the call chime; silent implementations are fine.
class Chime {
public:
  virtual ~Chime() = default;
  // Starts the chime; returns at once.
  virtual void play() = 0;
};

// Two soft sine notes (a rising major third) with slow attack and long decay, as mono float
// samples in -volume..volume. `volume` is 0..1.
std::vector<float> chime_samples(int sample_rate, double volume);

// The chime through the toolkit's TonePlayer at `volume_percent`; silent when no audio device
// opens (logged once), so a TV without speakers still runs.
std::unique_ptr<Chime> make_audio_chime(int volume_percent);

// A chime that does nothing (chime off in config).
std::unique_ptr<Chime> make_silent_chime();

}  // namespace stillpoint::display
