#pragma once
// A picture (PNG or JPEG) decoded from a file and drawn through a texture, so apps outside ui/
// can show images without touching SDL. Loading reports failures as a message; drawing never
// throws through a frame.
#include <filesystem>
#include <memory>
#include <string>

#include "stillpoint/ui/geometry.h"

namespace stillpoint::ui {

class Painter;
class ImageTexture;

// A rectangle with sub-pixel precision, for placing a scaled picture.
struct FloatRect {
  float x = 0;
  float y = 0;
  float w = 0;
  float h = 0;
};

// What load_image() gives: the picture, or why there is none.
struct ImageLoad {
  std::unique_ptr<ImageTexture> image;
  std::string error;  // empty on success
};

// Decodes `file`; an error (naming the file) when it is missing, unreadable, not an image, or
// wider or taller than `max_side` pixels.
ImageLoad load_image(const std::filesystem::path& file, int max_side = 8192);

// A decoded picture. The texture is made on first draw (and again after the renderer changes)
// and kept, so a slow pan costs one copy per frame.
class ImageTexture {
public:
  ~ImageTexture();
  ImageTexture(const ImageTexture&) = delete;
  ImageTexture& operator=(const ImageTexture&) = delete;

  // The picture's size in pixels.
  Size size() const;
  // Draws the picture stretched over `dst` (linear filtering), clipped to `clip`. False, with
  // nothing drawn and error() set, when the texture cannot be made.
  bool draw(Painter& painter, FloatRect dst, Rect clip) const;
  const std::string& error() const;

private:
  friend ImageLoad load_image(const std::filesystem::path& file, int max_side);
  struct Impl;
  explicit ImageTexture(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::ui
