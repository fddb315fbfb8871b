#include "stillpoint/ui/image_texture.h"

#include "sdl.h"
#include "sdl_session.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {
namespace {

struct SurfaceFree {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
struct TextureFree {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};

// Restores the renderer's clip (a partial frame's, say) when a draw that clips returns.
class ClipScope {
public:
  ClipScope(SDL_Renderer* r, const SDL_Rect& clip) : renderer_(r), had_(SDL_RenderIsClipEnabled(r)) {
    SDL_RenderGetClipRect(r, &before_);
    SDL_Rect inside = clip;
    if (had_ && !SDL_IntersectRect(&before_, &clip, &inside)) inside = {0, 0, 0, 0};
    SDL_RenderSetClipRect(r, &inside);
  }
  ~ClipScope() { SDL_RenderSetClipRect(renderer_, had_ ? &before_ : nullptr); }
  ClipScope(const ClipScope&) = delete;
  ClipScope& operator=(const ClipScope&) = delete;

private:
  SDL_Renderer* renderer_;
  bool had_;
  SDL_Rect before_{};
};

}  // namespace

struct ImageTexture::Impl {
  // Kept after the texture is made: a lost device or a new renderer needs it again.
  std::unique_ptr<SDL_Surface, SurfaceFree> surface;
  mutable std::unique_ptr<SDL_Texture, TextureFree> texture;
  mutable SDL_Renderer* renderer = nullptr;
  mutable std::string error;
  // Software rendering stretches a picture anew on every draw (through a temporary surface
  // when part of it lies off the output, as a panned cover image does). Drawn twice in a row at
  // one size, it is stretched once into this texture and then only copied.
  mutable std::unique_ptr<SDL_Texture, TextureFree> stretched;
  mutable Size stretched_size;
  mutable Size last_size;

  bool copy_stretched(SDL_Renderer* r, const SDL_Rect& to) const;
};

bool ImageTexture::Impl::copy_stretched(SDL_Renderer* r, const SDL_Rect& to) const {
  const Size size{to.w, to.h};
  const bool repeated = size == last_size;
  last_size = size;
  if (!repeated || to.w <= 0 || to.h <= 0 || !software_renderer(r)) return false;
  const SDL_Rect whole{0, 0, to.w, to.h};
  if (!stretched || stretched_size != size) {
    stretched.reset(SDL_CreateTexture(r, SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_TARGET, to.w, to.h));
    stretched_size = size;
    if (!stretched) return false;
    SDL_Texture* previous = SDL_GetRenderTarget(r);
    SDL_BlendMode mode = SDL_BLENDMODE_NONE;
    SDL_GetTextureBlendMode(texture.get(), &mode);
    SDL_SetTextureBlendMode(texture.get(), SDL_BLENDMODE_NONE);
    const bool made = SDL_SetRenderTarget(r, stretched.get()) == 0 &&
                      SDL_RenderCopy(r, texture.get(), nullptr, &whole) == 0;
    SDL_SetRenderTarget(r, previous);
    SDL_SetTextureBlendMode(texture.get(), mode);
    SDL_SetTextureBlendMode(stretched.get(), mode);
    if (!made) {
      stretched.reset();
      return false;
    }
  }
  return SDL_RenderCopy(r, stretched.get(), &whole, &to) == 0;
}

ImageLoad load_image(const std::filesystem::path& file, int max_side) {
  std::unique_ptr<SDL_Surface, SurfaceFree> surface(IMG_Load(file.c_str()));
  if (!surface) return {nullptr, file.string() + ": " + IMG_GetError()};
  if (surface->w <= 0 || surface->h <= 0 || surface->w > max_side || surface->h > max_side)
    return {nullptr, file.string() + ": " + std::to_string(surface->w) + "x" + std::to_string(surface->h) +
                         " is outside 1.." + std::to_string(max_side) + " pixels a side"};
  auto impl = std::make_unique<ImageTexture::Impl>();
  impl->surface = std::move(surface);
  return {std::unique_ptr<ImageTexture>(new ImageTexture(std::move(impl))), {}};
}

ImageTexture::ImageTexture(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ImageTexture::~ImageTexture() = default;

Size ImageTexture::size() const { return {impl_->surface->w, impl_->surface->h}; }
const std::string& ImageTexture::error() const { return impl_->error; }

bool ImageTexture::draw(Painter& painter, FloatRect dst, Rect clip) const {
  SDL_Renderer* renderer = painter.renderer();
  if (!impl_->texture || impl_->renderer != renderer) {
    impl_->texture.reset(SDL_CreateTextureFromSurface(renderer, impl_->surface.get()));
    impl_->renderer = renderer;
    if (!impl_->texture) {
      impl_->error = std::string("cannot make a texture: ") + SDL_GetError();
      return false;
    }
    SDL_SetTextureScaleMode(impl_->texture.get(), SDL_ScaleModeLinear);
    impl_->stretched.reset();
  }
  const ClipScope clipped(renderer, SDL_Rect{clip.x, clip.y, clip.w, clip.h});
  // The software renderer places a copy at whole pixels, truncating its destination.
  const SDL_Rect whole{static_cast<int>(dst.x), static_cast<int>(dst.y), static_cast<int>(dst.w),
                       static_cast<int>(dst.h)};
  if (impl_->copy_stretched(renderer, whole)) return true;
  const SDL_FRect sdl_dst{dst.x, dst.y, dst.w, dst.h};
  const int rc = SDL_RenderCopyF(renderer, impl_->texture.get(), nullptr, &sdl_dst);
  if (rc != 0) {
    impl_->error = std::string("cannot draw the image: ") + SDL_GetError();
    impl_->texture.reset();  // e.g. the device was lost: made again from the surface next time
  }
  return rc == 0;
}

}  // namespace stillpoint::ui
