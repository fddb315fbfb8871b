#pragma once
// The playlist's pictures, decoded when a playlist is taken on (so a broken file is found and
// its slide skipped before anyone sees it) and drawn cover or contain with a slow pan.
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "stillpoint/core/lobby/playlist.h"
#include "stillpoint/ui/image_texture.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::display {

// Where a picture of `image` pixels goes in `area`: cover fills and crops (`pan` 0..1 slides the
// crop across the overflow), contain fits whole (and zooms a few percent with `pan`).
ui::FloatRect image_placement(ui::Size image, ui::Rect area, lobby::ImageFit fit, double pan);

// Decoded images by content path, drawn through the toolkit's ImageTexture.
class ImageStore {
public:
  ImageStore();
  ~ImageStore();
  ImageStore(const ImageStore&) = delete;
  ImageStore& operator=(const ImageStore&) = delete;

  // Decodes `file` as `key` (PNG or JPEG); false when it is missing, unreadable, not an image
  // or absurdly large (`why`, when given, says which). Already-loaded keys return true at once.
  bool load(const std::string& key, const std::filesystem::path& file, std::string* why = nullptr);
  bool has(const std::string& key) const;
  // Draws `key` clipped to `area`. `pan` 0..1 slides a cover image across its overflow (or
  // zooms a contained one by a few percent), slowly, over the slide's duration.
  void draw(ui::Painter& painter, const std::string& key, ui::Rect area, lobby::ImageFit fit,
            double pan) const;
  // Forgets every image (a new playlist arrived).
  void clear();

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::display
