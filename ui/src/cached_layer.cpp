#include "stillpoint/ui/cached_layer.h"

#include "geometry_scratch.h"
#include "sdl.h"
#include "sdl_session.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {
namespace {

struct TextureFree {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};

}  // namespace

// SDL's software renderer does a scaled, blended copy through a temporary surface the size of
// its destination, allocated and freed on every call: for a large sprite each frame, page
// faults made up a fifth of the lobby's breathing frame. The sprite is stretched instead into
// a texture kept across frames (a plain scaled copy, no blending), which is then blended.
struct Sprite::Stretch {
  std::unique_ptr<SDL_Texture, TextureFree> texture;
  SDL_Renderer* renderer = nullptr;
  Size size;

  // Draws `sprite` scaled to `to`; false when it cannot (then the caller copies directly).
  bool draw(SDL_Renderer* r, SDL_Texture* sprite, Size sprite_size, const SDL_Rect& to) {
    if (to.w <= 0 || to.h <= 0 || to.w > sprite_size.w || to.h > sprite_size.h) return false;
    if (!texture || renderer != r || size != sprite_size) {
      texture.reset(SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET,
                                      sprite_size.w, sprite_size.h));
      renderer = r;
      size = sprite_size;
      if (!texture) return false;
    }
    SDL_Texture* previous = SDL_GetRenderTarget(r);
    if (SDL_SetRenderTarget(r, texture.get()) != 0) return false;
    const SDL_Rect scaled{0, 0, to.w, to.h};
    SDL_SetTextureBlendMode(sprite, SDL_BLENDMODE_NONE);
    SDL_RenderCopy(r, sprite, nullptr, &scaled);
    SDL_SetTextureBlendMode(sprite, SDL_BLENDMODE_BLEND);
    SDL_SetRenderTarget(r, previous);
    SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_BLEND);
    SDL_RenderCopy(r, texture.get(), &scaled, &to);
    return true;
  }
};

struct CachedLayer::Impl {
  std::unique_ptr<SDL_Texture, TextureFree> texture;
  SDL_Renderer* renderer = nullptr;
  Size size;
  std::string key;
  GeometryScratch scratch;
  bool opaque = false;
  int repaints = 0;

  bool fresh(SDL_Renderer* r, Size s, const std::string& k) const {
    return texture && renderer == r && size == s && key == k;
  }
  bool repaint(Painter& frame, Size s, const std::string& k, Color transparent,
               const std::function<void(Painter&)>& paint);
};

bool CachedLayer::Impl::repaint(Painter& frame, Size s, const std::string& k, Color transparent,
                                const std::function<void(Painter&)>& paint) {
  SDL_Renderer* r = frame.renderer();
  if (!texture || renderer != r || size != s) {
    // An opaque layer in the frame's own format is copied as plain memory; one with see-through
    // parts needs an alpha channel.
    const Uint32 format = opaque ? frame.output_format() : Uint32{SDL_PIXELFORMAT_ARGB8888};
    texture.reset(SDL_CreateTexture(r, format, SDL_TEXTUREACCESS_TARGET, s.w, s.h));
    renderer = r;
    size = s;
    if (!texture) return false;
  }
  SDL_Texture* previous = SDL_GetRenderTarget(r);
  if (SDL_SetRenderTarget(r, texture.get()) != 0) {
    texture.reset();
    return false;
  }
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_NONE);
  SDL_SetRenderDrawColor(r, transparent.r, transparent.g, transparent.b, 0);
  SDL_RenderClear(r);
  SDL_SetRenderDrawBlendMode(r, SDL_BLENDMODE_BLEND);
  Painter layer(r, frame.context(), scratch, nullptr);
  paint(layer);
  SDL_SetRenderTarget(r, previous);
  // Blended unless opaque: a layer that leaves parts transparent shows the frame beneath.
  SDL_SetTextureBlendMode(texture.get(), opaque ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
  key = k;
  ++repaints;
  return true;
}

CachedLayer::CachedLayer(bool opaque) : impl_(std::make_unique<Impl>()) { impl_->opaque = opaque; }
CachedLayer::~CachedLayer() = default;

void CachedLayer::draw(Painter& painter, const std::string& key, const std::function<void(Painter&)>& paint) {
  const Size out = painter.context().metrics.output();
  if (painter.record()) {  // a recorded frame sees every shape, so it paints straight through
    paint(painter);
    return;
  }
  if (!impl_->fresh(painter.renderer(), out, key) &&
      !impl_->repaint(painter, out, key, Color{0, 0, 0, 0}, paint)) {
    paint(painter);
    return;
  }
  SDL_RenderCopy(painter.renderer(), impl_->texture.get(), nullptr, nullptr);
}

void CachedLayer::clear() {
  impl_->texture.reset();
  impl_->key.clear();
}

int CachedLayer::repaints() const { return impl_->repaints; }

Sprite::Sprite() : stretch_(std::make_unique<Stretch>()) {}
Sprite::~Sprite() = default;

void Sprite::draw(Painter& painter, const std::string& key, Size size, FloatRect dst,
                  Color transparent, const std::function<void(Painter&)>& paint) {
  auto& impl = *layer_.impl_;
  // A sprite paints on its own canvas, not in frame coordinates: a recorded frame leaves it out.
  FrameRecord* const record = painter.record();
  painter.set_record(nullptr);
  struct Resume {
    Painter& painter;
    FrameRecord* record;
    ~Resume() { painter.set_record(record); }
  } resume{painter, record};
  if (!impl.fresh(painter.renderer(), size, key) &&
      !impl.repaint(painter, size, key, transparent, paint)) {
    paint(painter);
    return;
  }
  SDL_SetTextureScaleMode(impl.texture.get(), SDL_ScaleModeLinear);
  // The software renderer places a copy at whole pixels, truncating its destination.
  const SDL_Rect whole{static_cast<int>(dst.x), static_cast<int>(dst.y), static_cast<int>(dst.w),
                       static_cast<int>(dst.h)};
  if (software_renderer(painter.renderer()) &&
      stretch_->draw(painter.renderer(), impl.texture.get(), size, whole))
    return;
  const SDL_FRect to{dst.x, dst.y, dst.w, dst.h};
  SDL_RenderCopyF(painter.renderer(), impl.texture.get(), nullptr, &to);
}

int Sprite::repaints() const { return layer_.repaints(); }

}  // namespace stillpoint::ui
