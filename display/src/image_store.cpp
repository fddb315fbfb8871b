// ImageStore on the toolkit's ImageTexture: decoding and textures live in ui/, placement here.
#include "image_store.h"

#include <algorithm>
#include <cstdio>

#include "stillpoint/ui/image_texture.h"

namespace stillpoint::display {
namespace {

constexpr int kMaxSide = 8192;

}  // namespace

ui::FloatRect image_placement(ui::Size image, ui::Rect area, lobby::ImageFit fit, double pan) {
  pan = std::clamp(pan, 0.0, 1.0);
  const double sx = static_cast<double>(area.w) / image.w;
  const double sy = static_cast<double>(area.h) / image.h;
  const double scale = fit == lobby::ImageFit::cover ? std::max(sx, sy) * 1.06 : std::min(sx, sy) * (1.0 + 0.04 * pan);
  const double w = image.w * scale;
  const double h = image.h * scale;
  double x = area.x + (area.w - w) / 2;
  double y = area.y + (area.h - h) / 2;
  if (fit == lobby::ImageFit::cover) {
    x = area.x - (w - area.w) * pan;
    y = area.y - (h - area.h) * 0.5;
  }
  return {static_cast<float>(x), static_cast<float>(y), static_cast<float>(w), static_cast<float>(h)};
}

namespace {

// A loaded picture; `warned` keeps a failing draw to one log line, not one a frame.
struct Entry {
  std::unique_ptr<ui::ImageTexture> image;
  mutable bool warned = false;
};

}  // namespace

struct ImageStore::Impl {
  std::map<std::string, Entry, std::less<>> entries;
};

ImageStore::ImageStore() : impl_(std::make_unique<Impl>()) {}
ImageStore::~ImageStore() = default;

bool ImageStore::load(const std::string& key, const std::filesystem::path& file, std::string* why) {
  if (has(key)) return true;
  auto loaded = ui::load_image(file, kMaxSide);
  if (!loaded.image) {
    if (why) *why = std::move(loaded.error);
    return false;
  }
  impl_->entries.emplace(key, Entry{std::move(loaded.image)});
  return true;
}

bool ImageStore::has(const std::string& key) const { return impl_->entries.contains(key); }

void ImageStore::draw(ui::Painter& painter, const std::string& key, ui::Rect area,
                      lobby::ImageFit fit, double pan) const {
  const auto found = impl_->entries.find(key);
  if (found == impl_->entries.end()) return;
  const Entry& e = found->second;
  if (e.image->draw(painter, image_placement(e.image->size(), area, fit, pan), area) || e.warned) return;
  e.warned = true;
  std::fprintf(stderr, "lobby: image %s not drawn: %s\n", key.c_str(), e.image->error().c_str());
}

void ImageStore::clear() { impl_->entries.clear(); }

}  // namespace stillpoint::display
