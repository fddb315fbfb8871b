#include "stillpoint/ui/widgets/progress_dots.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {

namespace {
constexpr int kDot = 22;
constexpr int kGap = 18;
constexpr int kCurrentWidth = 56;
}  // namespace

ProgressDots::ProgressDots(int count, int current)
    : count_(std::max(1, count)), current_(std::clamp(current, 0, count_ - 1)) {}

void ProgressDots::set_current(int current) {
  current = std::clamp(current, 0, count_ - 1);
  if (current == current_) return;
  current_ = current;
  invalidate();
}

Size ProgressDots::measure(const UiContext& ctx, int width) { return {width, ctx.px(kDot * 2)}; }

void ProgressDots::draw(Painter& painter) const {
  const Theme& t = painter.theme();
  const int dot = painter.px(kDot);
  const int gap = painter.px(kGap);
  const int total = (count_ - 1) * (dot + gap) + painter.px(kCurrentWidth);
  int x = bounds().x + (bounds().w - total) / 2;
  const int y = bounds().y + (bounds().h - dot) / 2;
  for (int i = 0; i < count_; ++i) {
    const int w = i == current_ ? painter.px(kCurrentWidth) : dot;
    const Rect r{x, y, w, dot};
    if (i < current_ || i == current_)
      painter.fill_rounded(r, dot / 2, t.primary);
    else
      painter.fill_rounded_outlined(r, dot / 2, t.background, t.border, std::max(1, painter.px(3)));
    x += w + gap;
  }
}

}  // namespace stillpoint::ui
