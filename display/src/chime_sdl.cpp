// The chime through SDL audio. SDL belongs in ui/ (DEVELOPERS.md); this file is the lobby's one
// exception until the toolkit offers a tone player, kept to the narrow Chime interface.
#include <SDL.h>

#include <cstdio>

#include "stillpoint/display/chime.h"

namespace stillpoint::display {
namespace {

constexpr int kRate = 48000;

// Opens the default output once; each play() queues the same samples again.
class SdlChime final : public Chime {
public:
  explicit SdlChime(int volume_percent) : samples_(chime_samples(kRate, volume_percent / 100.0)) {
    if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
      std::fprintf(stderr, "lobby: no audio (%s); the call chime is silent\n", SDL_GetError());
      return;
    }
    audio_ = true;
    SDL_AudioSpec want{};
    want.freq = kRate;
    want.format = AUDIO_F32SYS;
    want.channels = 1;
    want.samples = 2048;
    device_ = SDL_OpenAudioDevice(nullptr, 0, &want, nullptr, 0);
    if (device_ == 0)
      std::fprintf(stderr, "lobby: no audio device (%s); the call chime is silent\n", SDL_GetError());
  }
  ~SdlChime() override {
    if (device_ != 0) SDL_CloseAudioDevice(device_);
    if (audio_) SDL_QuitSubSystem(SDL_INIT_AUDIO);
  }
  SdlChime(const SdlChime&) = delete;
  SdlChime& operator=(const SdlChime&) = delete;

  void play() override {
    if (device_ == 0) return;
    SDL_ClearQueuedAudio(device_);  // two calls in a row: one chime, not a pile-up
    SDL_QueueAudio(device_, samples_.data(), static_cast<Uint32>(samples_.size() * sizeof(float)));
    SDL_PauseAudioDevice(device_, 0);
  }

private:
  std::vector<float> samples_;
  SDL_AudioDeviceID device_ = 0;
  bool audio_ = false;
};

}  // namespace

std::unique_ptr<Chime> make_sdl_chime(int volume_percent) {
  if (volume_percent <= 0) return make_silent_chime();
  return std::make_unique<SdlChime>(volume_percent);
}

}  // namespace stillpoint::display
