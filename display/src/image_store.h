#pragma once
// The playlist's pictures, decoded when a playlist is taken on (so a broken file is found and
// its slide skipped before anyone sees it) and drawn cover or contain with a slow pan.
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "stillpoint/core/lobby/playlist.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::display {

// Decoded images by content path. The only SDL_image user in display/: SDL belongs in ui/, and
// this stays behind this narrow interface until the toolkit has an image widget.
class ImageStore {
public:
  ImageStore();
  ~ImageStore();
  ImageStore(const ImageStore&) = delete;
  ImageStore& operator=(const ImageStore&) = delete;

  // Decodes `file` as `key` (PNG or JPEG); false when it is missing, unreadable, not an image
  // or absurdly large. Already-loaded keys return true at once.
  bool load(const std::string& key, const std::filesystem::path& file);
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
