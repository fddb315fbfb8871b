#pragma once
// Turns reference pixels (designed for 1080 px on the short side) into output pixels, so one
// layout looks right at 1080x1920, 1920x1080, 1280x800 and on high-DPI panels.
#include "stillpoint/ui/geometry.h"

namespace stillpoint::ui {

// The short side every size in themes and widgets is designed for.
inline constexpr int kReferenceShortSide = 1080;

// The output size and the scale derived from it.
class Metrics {
public:
  Metrics() = default;
  // From the renderer's output size in pixels.
  explicit Metrics(Size output);

  Size output() const { return output_; }
  Rect bounds() const { return {0, 0, output_.w, output_.h}; }
  // Output pixels per reference pixel.
  double scale() const { return scale_; }
  // `reference` reference pixels in output pixels (at least 1 for a positive input).
  int px(int reference) const;
  // `output` pixels expressed in reference pixels (for "is this target >= 64" checks).
  double to_reference(int output) const { return output / scale_; }
  bool landscape() const { return output_.w > output_.h; }

private:
  Size output_{kReferenceShortSide, 1920};
  double scale_ = 1.0;
};

}  // namespace stillpoint::ui
