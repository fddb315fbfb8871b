#include "stillpoint/kiosk_intake/body_figure.h"

#include <algorithm>
#include <cmath>

namespace stillpoint::kiosk_intake {

namespace {

FigureShape rounded(float x, float y, float w, float h, float r) {
  return {FigureShape::Kind::rounded, x, y, w, h, r};
}
FigureShape ellipse(float cx, float cy, float rx, float ry) {
  return {FigureShape::Kind::ellipse, cx - rx, cy - ry, 2 * rx, 2 * ry, 0};
}
// The shape and its mirror image across the figure's centre line (left and right limbs).
std::vector<FigureShape> pair(FigureShape left) {
  FigureShape right = left;
  right.x = 1.0f - left.x - left.w;
  return {left, right};
}
std::vector<FigureShape> join(std::vector<FigureShape> a, const std::vector<FigureShape>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Sizes chosen so that at a 440 px wide figure (1080x1920 portrait) every region is at least
// about 64 px across where the body allows it.
std::vector<FigureRegion> build(FigureView view) {
  const bool front = view == FigureView::front;
  return {
      {"arms", pair(rounded(0.11f, 0.46f, 0.16f, 0.56f, 0.08f))},
      {"hands", pair(ellipse(0.19f, 1.10f, 0.09f, 0.085f))},
      {"legs", join(pair(rounded(0.30f, 1.12f, 0.19f, 0.45f, 0.08f)),
                    pair(rounded(0.31f, 1.73f, 0.17f, 0.38f, 0.07f)))},
      {"knees", pair(rounded(0.30f, 1.56f, 0.19f, 0.17f, 0.08f))},
      {"feet", pair(rounded(0.27f, 2.10f, 0.22f, 0.14f, 0.06f))},
      {"hips", {rounded(0.29f, 0.95f, 0.42f, 0.18f, 0.07f)}},
      {front ? "abdomen" : "lower-back", {rounded(0.30f, 0.67f, 0.40f, 0.29f, 0.05f)}},
      {front ? "chest" : "upper-back", {rounded(0.29f, 0.37f, 0.42f, 0.31f, 0.06f)}},
      {"shoulders", pair(rounded(0.11f, 0.33f, 0.27f, 0.15f, 0.075f))},
      {"head-neck", {rounded(0.43f, 0.25f, 0.14f, 0.10f, 0.04f), ellipse(0.5f, 0.145f, 0.115f, 0.135f)}},
  };
}

}  // namespace

bool FigureShape::contains(float px, float py) const {
  if (kind == Kind::ellipse) {
    const float rx = w / 2, ry = h / 2;
    const float dx = (px - (x + rx)) / rx, dy = (py - (y + ry)) / ry;
    return dx * dx + dy * dy <= 1.0f;
  }
  if (px < x || py < y || px > x + w || py > y + h) return false;
  // Outside the rounded corners counts as outside.
  const float cx = std::clamp(px, x + radius, x + w - radius);
  const float cy = std::clamp(py, y + radius, y + h - radius);
  return std::hypot(px - cx, py - cy) <= radius;
}

float FigureShape::distance(float px, float py) const {
  const float dx = std::max({x - px, 0.0f, px - (x + w)});
  const float dy = std::max({y - py, 0.0f, py - (y + h)});
  return std::hypot(dx, dy);
}

const std::vector<FigureRegion>& figure_regions(FigureView view) {
  // Constant tables, built once.
  static const std::vector<FigureRegion> front = build(FigureView::front);
  static const std::vector<FigureRegion> back = build(FigureView::back);
  return view == FigureView::front ? front : back;
}

std::optional<std::string_view> region_at(FigureView view, float x, float y, float slop) {
  const auto& regions = figure_regions(view);
  for (auto it = regions.rbegin(); it != regions.rend(); ++it)
    for (const auto& shape : it->shapes)
      if (shape.contains(x, y)) return it->code;
  std::optional<std::string_view> best;
  float best_distance = slop;
  for (const auto& region : regions) {
    for (const auto& shape : region.shapes) {
      const float d = shape.distance(x, y);
      if (d <= best_distance) {
        best_distance = d;
        best = region.code;
      }
    }
  }
  return best;
}

}  // namespace stillpoint::kiosk_intake
