#include "stillpoint/ui/image_texture.h"

#include "sdl.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {
namespace {

struct SurfaceFree {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
struct TextureFree {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};

}  // namespace

struct ImageTexture::Impl {
  // Kept after the texture is made: a lost device or a new renderer needs it again.
  std::unique_ptr<SDL_Surface, SurfaceFree> surface;
  mutable std::unique_ptr<SDL_Texture, TextureFree> texture;
  mutable SDL_Renderer* renderer = nullptr;
  mutable std::string error;
};

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
  }
  const SDL_Rect sdl_clip{clip.x, clip.y, clip.w, clip.h};
  SDL_RenderSetClipRect(renderer, &sdl_clip);
  const SDL_FRect sdl_dst{dst.x, dst.y, dst.w, dst.h};
  const int rc = SDL_RenderCopyF(renderer, impl_->texture.get(), nullptr, &sdl_dst);
  SDL_RenderSetClipRect(renderer, nullptr);
  if (rc != 0) {
    impl_->error = std::string("cannot draw the image: ") + SDL_GetError();
    impl_->texture.reset();  // e.g. the device was lost: made again from the surface next time
  }
  return rc == 0;
}

}  // namespace stillpoint::ui
