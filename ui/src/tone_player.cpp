#include "stillpoint/ui/tone_player.h"

#include <algorithm>
#include <vector>

#include "sdl.h"

namespace stillpoint::ui {

struct TonePlayer::Impl {
  int rate = 48000;
  bool audio = false;  // the audio subsystem is ours to quit
  SDL_AudioDeviceID device = 0;
  std::string error;
  std::vector<float> scaled;
};

TonePlayer::TonePlayer(int sample_rate) : impl_(std::make_unique<Impl>()) {
  impl_->rate = sample_rate;
  // Reference-counted by SDL: works beside an App, or before one.
  if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0) {
    impl_->error = std::string("no audio: ") + SDL_GetError();
    return;
  }
  impl_->audio = true;
  SDL_AudioSpec want{};
  want.freq = sample_rate;
  want.format = AUDIO_F32SYS;
  want.channels = 1;
  want.samples = 2048;
  // No allowed changes: SDL converts to whatever the device wants.
  impl_->device = SDL_OpenAudioDevice(nullptr, 0, &want, nullptr, 0);
  if (impl_->device == 0) impl_->error = std::string("no audio device: ") + SDL_GetError();
}

TonePlayer::~TonePlayer() {
  if (impl_->device != 0) SDL_CloseAudioDevice(impl_->device);
  if (impl_->audio) SDL_QuitSubSystem(SDL_INIT_AUDIO);
}

bool TonePlayer::available() const { return impl_->device != 0; }
const std::string& TonePlayer::error() const { return impl_->error; }
int TonePlayer::sample_rate() const { return impl_->rate; }

bool TonePlayer::play(std::span<const float> samples, double volume) {
  volume = std::clamp(volume, 0.0, 1.0);
  if (impl_->device == 0 || samples.empty() || volume <= 0.0) return false;
  auto& out = impl_->scaled;
  out.resize(samples.size());
  const auto gain = static_cast<float>(volume);
  std::transform(samples.begin(), samples.end(), out.begin(),
                 [gain](float s) { return std::clamp(s, -1.0F, 1.0F) * gain; });
  SDL_ClearQueuedAudio(impl_->device);
  if (SDL_QueueAudio(impl_->device, out.data(), static_cast<Uint32>(out.size() * sizeof(float))) != 0) {
    impl_->error = std::string("cannot queue audio: ") + SDL_GetError();
    return false;
  }
  SDL_PauseAudioDevice(impl_->device, 0);
  return true;
}

std::size_t TonePlayer::queued_bytes() const {
  return impl_->device == 0 ? 0 : SDL_GetQueuedAudioSize(impl_->device);
}

}  // namespace stillpoint::ui
