// ImageStore on SDL_image. Kept in display/ only until ui/ offers image drawing (see image_store.h).
#include <SDL.h>
#include <SDL_image.h>

#include <algorithm>
#include <cmath>

#include "image_store.h"

namespace stillpoint::display {
namespace {

struct SurfaceFree {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
struct TextureFree {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};

constexpr int kMaxSide = 8192;

// A decoded image and, once drawn, its texture.
struct Entry {
  std::unique_ptr<SDL_Surface, SurfaceFree> surface;
  mutable std::unique_ptr<SDL_Texture, TextureFree> texture;
  mutable SDL_Renderer* renderer = nullptr;
  int w = 0;
  int h = 0;
};

// Where the image goes: cover fills and crops (pan moves the crop), contain fits whole.
SDL_FRect placement(const Entry& e, ui::Rect area, lobby::ImageFit fit, double pan) {
  const double sx = static_cast<double>(area.w) / e.w;
  const double sy = static_cast<double>(area.h) / e.h;
  double scale = fit == lobby::ImageFit::cover ? std::max(sx, sy) * 1.06 : std::min(sx, sy) * (1.0 + 0.04 * pan);
  const double w = e.w * scale;
  const double h = e.h * scale;
  double x = area.x + (area.w - w) / 2;
  double y = area.y + (area.h - h) / 2;
  if (fit == lobby::ImageFit::cover) {
    x = area.x - (w - area.w) * pan;
    y = area.y - (h - area.h) * 0.5;
  }
  return {static_cast<float>(x), static_cast<float>(y), static_cast<float>(w), static_cast<float>(h)};
}

}  // namespace

struct ImageStore::Impl {
  std::map<std::string, Entry, std::less<>> entries;
};

ImageStore::ImageStore() : impl_(std::make_unique<Impl>()) {}
ImageStore::~ImageStore() = default;

bool ImageStore::load(const std::string& key, const std::filesystem::path& file) {
  if (has(key)) return true;
  std::unique_ptr<SDL_Surface, SurfaceFree> surface(IMG_Load(file.c_str()));
  if (!surface || surface->w <= 0 || surface->h <= 0 || surface->w > kMaxSide || surface->h > kMaxSide)
    return false;
  Entry e;
  e.w = surface->w;
  e.h = surface->h;
  e.surface = std::move(surface);
  impl_->entries.emplace(key, std::move(e));
  return true;
}

bool ImageStore::has(const std::string& key) const { return impl_->entries.contains(key); }

void ImageStore::draw(ui::Painter& painter, const std::string& key, ui::Rect area,
                      lobby::ImageFit fit, double pan) const {
  const auto found = impl_->entries.find(key);
  if (found == impl_->entries.end()) return;
  const Entry& e = found->second;
  SDL_Renderer* renderer = painter.renderer();
  // Textures are made on first draw (the renderer is only reachable here) and kept.
  if (!e.texture || e.renderer != renderer) {
    e.texture.reset(SDL_CreateTextureFromSurface(renderer, e.surface.get()));
    e.renderer = renderer;
    if (!e.texture) return;
    SDL_SetTextureScaleMode(e.texture.get(), SDL_ScaleModeLinear);
  }
  const SDL_Rect clip{area.x, area.y, area.w, area.h};
  SDL_RenderSetClipRect(renderer, &clip);
  const SDL_FRect dst = placement(e, area, fit, std::clamp(pan, 0.0, 1.0));
  SDL_RenderCopyF(renderer, e.texture.get(), nullptr, &dst);
  SDL_RenderSetClipRect(renderer, nullptr);
}

void ImageStore::clear() { impl_->entries.clear(); }

}  // namespace stillpoint::display
