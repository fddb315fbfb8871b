#include "stillpoint/ui/cached_layer.h"

#include "geometry_scratch.h"
#include "sdl.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {
namespace {

struct TextureFree {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};

}  // namespace

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

Sprite::Sprite() = default;
Sprite::~Sprite() = default;

void Sprite::draw(Painter& painter, const std::string& key, Size size, FloatRect dst,
                  Color transparent, const std::function<void(Painter&)>& paint) {
  auto& impl = *layer_.impl_;
  if (!impl.fresh(painter.renderer(), size, key) &&
      !impl.repaint(painter, size, key, transparent, paint)) {
    paint(painter);
    return;
  }
  SDL_SetTextureScaleMode(impl.texture.get(), SDL_ScaleModeLinear);
  const SDL_FRect to{dst.x, dst.y, dst.w, dst.h};
  SDL_RenderCopyF(painter.renderer(), impl.texture.get(), nullptr, &to);
}

int Sprite::repaints() const { return layer_.repaints(); }

}  // namespace stillpoint::ui
