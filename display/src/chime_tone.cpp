// The chime's waveform: pure arithmetic, so its loudness and softness are tested without audio.
#include <algorithm>
#include <cmath>

#include "stillpoint/display/chime.h"

namespace stillpoint::display {
namespace {

constexpr double kPi = 3.14159265358979323846;

// One bell-like note: a fundamental with a quiet octave, a 30 ms attack (no click) and an
// exponential decay, silent by its end.
void add_note(std::vector<float>& out, int rate, double start_s, double freq, double length_s,
              double gain) {
  const auto first = static_cast<std::size_t>(start_s * rate);
  const auto count = static_cast<std::size_t>(length_s * rate);
  for (std::size_t i = 0; i < count && first + i < out.size(); ++i) {
    const double t = static_cast<double>(i) / rate;
    const double attack = std::min(1.0, t / 0.03);
    const double fade_end = std::min(1.0, (length_s - t) / 0.05);
    const double envelope = attack * std::exp(-3.0 * t) * std::max(0.0, fade_end);
    const double wave = std::sin(2 * kPi * freq * t) + 0.25 * std::sin(4 * kPi * freq * t);
    out[first + i] += static_cast<float>(gain * envelope * wave / 1.25);
  }
}

}  // namespace

std::vector<float> chime_samples(int sample_rate, double volume) {
  volume = std::clamp(volume, 0.0, 1.0);
  const double length_s = 2.2;
  std::vector<float> out(static_cast<std::size_t>(length_s * sample_rate), 0.0F);
  // C5 then E5: a rising third reads as "your turn", softer than a doorbell's falling one.
  add_note(out, sample_rate, 0.0, 523.25, 1.6, 0.6 * volume);
  add_note(out, sample_rate, 0.45, 659.25, 1.7, 0.6 * volume);
  for (float& s : out) s = std::clamp(s, static_cast<float>(-volume), static_cast<float>(volume));
  return out;
}

namespace {
class SilentChime final : public Chime {
public:
  void play() override {}
};
}  // namespace

std::unique_ptr<Chime> make_silent_chime() { return std::make_unique<SilentChime>(); }

}  // namespace stillpoint::display
