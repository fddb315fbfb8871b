#pragma once
// The body outlines of the body map as plain geometry: soft shapes (ellipses and rounded
// rectangles) in figure units, one set per body region, for the front and the back view.
#include <optional>
#include <string_view>
#include <vector>

namespace stillpoint::kiosk_intake {

// Which drawing a shape belongs to.
enum class FigureView { front, back };

// A figure is 1 unit wide and kFigureHeight units tall (x to the right, y down).
inline constexpr float kFigureHeight = 2.3f;

// One soft shape: an ellipse filling its box, or a rectangle with round corners.
struct FigureShape {
  enum class Kind { ellipse, rounded };
  Kind kind = Kind::rounded;
  float x = 0, y = 0, w = 0, h = 0;  // the box, in figure units
  float radius = 0;                  // corner radius (rounded only), in figure units

  // Whether the point (figure units) lies inside the shape.
  bool contains(float px, float py) const;
  // Distance (figure units) from the point to the shape's box; 0 inside it.
  float distance(float px, float py) const;
};

// The shapes that make one region on one view, e.g. both knees for "knees".
struct FigureRegion {
  std::string_view code;  // a body-region code from forms/body_map.h
  std::vector<FigureShape> shapes;
};

// The regions drawn on `view`, in drawing order (limbs behind the torso, head last). Only
// codes that exist on that side appear (no chest on the back view).
const std::vector<FigureRegion>& figure_regions(FigureView view);

// The region under a point (figure units), the topmost one when shapes overlap; otherwise the
// nearest one within `slop` units, so a finger landing just off a hand still counts.
std::optional<std::string_view> region_at(FigureView view, float x, float y, float slop);

}  // namespace stillpoint::kiosk_intake
