#include "stillpoint/ui/layout.h"

#include <algorithm>
#include <numeric>

namespace stillpoint::ui {

namespace {

// Widths of the visible children of a row or split side by side: `width` less the gaps, shared by
// flex (0 counts as 1); the last takes the rounding remainder so the row ends exactly at its edge.
std::vector<int> shared_widths(const Container& parent, int width, int gap) {
  std::vector<int> shares;
  for (const auto& child : parent.children())
    if (child->visible()) shares.push_back(std::max(1, child->flex()));
  if (shares.empty()) return shares;
  const int total = std::accumulate(shares.begin(), shares.end(), 0);
  const int free = std::max(0, width - static_cast<int>(shares.size() - 1) * gap);
  std::vector<int> result;
  int given = 0;
  for (std::size_t i = 0; i < shares.size(); ++i) {
    const int w = i + 1 == shares.size() ? free - given : free * shares[i] / total;
    result.push_back(w);
    given += w;
  }
  return result;
}

}  // namespace

Column::Column(int spacing, int padding) : spacing_(spacing), padding_(padding) {}

void Column::set_max_width(int reference) {
  max_width_ = reference;
  invalidate_layout();
}

void Column::set_center_vertically(bool center) {
  center_ = center;
  invalidate_layout();
}

Rect Column::content_box(const UiContext& ctx, Rect bounds) const {
  Rect box = bounds.inset(ctx.px(padding_));
  if (max_width_ > 0 && box.w > ctx.px(max_width_)) {
    const int w = ctx.px(max_width_);
    box.x += (box.w - w) / 2;
    box.w = w;
  }
  return box;
}

Size Column::measure(const UiContext& ctx, int width) {
  const Rect box = content_box(ctx, {0, 0, width, 0});
  int height = 0;
  int count = 0;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    height += child->measure(ctx, box.w).h;
    ++count;
  }
  height += std::max(0, count - 1) * ctx.px(spacing_) + 2 * ctx.px(padding_);
  return {width, height};
}

void Column::arrange_children(const UiContext& ctx, Rect bounds) {
  const Rect box = content_box(ctx, bounds);
  std::vector<int> heights;
  int used = 0;
  int flex_total = 0;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    heights.push_back(child->measure(ctx, box.w).h);
    used += heights.back();
    flex_total += child->flex();
  }
  if (heights.empty()) return;
  used += static_cast<int>(heights.size() - 1) * ctx.px(spacing_);
  const int spare = std::max(0, box.h - used);
  int y = box.y + (center_ && flex_total == 0 ? spare / 2 : 0);
  std::size_t i = 0;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    int h = heights[i++];
    if (flex_total > 0 && child->flex() > 0) h += spare * child->flex() / flex_total;
    child->arrange(ctx, {box.x, y, box.w, h});
    y += h + ctx.px(spacing_);
  }
}

Row::Row(int spacing) : spacing_(spacing) {}

Size Row::measure(const UiContext& ctx, int width) {
  const auto w = shared_widths(*this, width, ctx.px(spacing_));
  int height = 0;
  std::size_t i = 0;
  for (const auto& child : children())
    if (child->visible()) height = std::max(height, child->measure(ctx, w[i++]).h);
  return {width, height};
}

void Row::arrange_children(const UiContext& ctx, Rect bounds) {
  const auto w = shared_widths(*this, bounds.w, ctx.px(spacing_));
  int x = bounds.x;
  std::size_t i = 0;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    child->arrange(ctx, {x, bounds.y, w[i], bounds.h});
    x += w[i++] + ctx.px(spacing_);
  }
}

Split::Split(int spacing) : spacing_(spacing) {}

Size Split::measure(const UiContext& ctx, int width) {
  const bool side_by_side = ctx.metrics.landscape();
  const auto w = shared_widths(*this, width, ctx.px(spacing_));
  int height = 0;
  int count = 0;
  std::size_t i = 0;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    const int h = child->measure(ctx, side_by_side ? w[i++] : width).h;
    height = side_by_side ? std::max(height, h) : height + h;
    ++count;
  }
  if (!side_by_side) height += std::max(0, count - 1) * ctx.px(spacing_ / 2);
  return {width, height};
}

void Split::arrange_children(const UiContext& ctx, Rect bounds) {
  const bool side_by_side = ctx.metrics.landscape();
  const auto w = shared_widths(*this, bounds.w, ctx.px(spacing_));
  int x = bounds.x;
  int y = bounds.y;
  std::size_t i = 0;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    if (side_by_side) {
      child->arrange(ctx, {x, bounds.y, w[i], bounds.h});
      x += w[i++] + ctx.px(spacing_);
    } else {
      const int h = child->measure(ctx, bounds.w).h;
      child->arrange(ctx, {bounds.x, y, bounds.w, h});
      y += h + ctx.px(spacing_ / 2);
    }
  }
}

Spacer::Spacer(int height, int flex) : height_(height) { set_flex(flex); }

Size Spacer::measure(const UiContext& ctx, int width) { return {width, ctx.px(height_)}; }

}  // namespace stillpoint::ui
