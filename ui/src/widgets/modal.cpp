#include "stillpoint/ui/widgets/modal.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/widgets/label.h"

namespace stillpoint::ui {

namespace {
constexpr int kCardWidth = 860;
constexpr int kMargin = 48;
constexpr int kCardPadding = 56;
}  // namespace

Modal::Modal(Text title, Text body) {
  content_ = &add<Column>(28, kCardPadding);
  title_ = &content_->add<Label>(std::move(title), FontSize::large, TextAlign::center);
  body_ = &content_->add<Label>(std::move(body), FontSize::normal, TextAlign::center);
  title_->set_visible(!title_->text().empty());
  body_->set_visible(!body_->text().empty());
}

Button& Modal::add_button(Text label, std::function<void()> on_tap, ButtonStyle style) {
  return content_->add<Button>(std::move(label), std::move(on_tap), style);
}

void Modal::appear(TimePoint now) { fade_.start(now); }

Size Modal::measure(const UiContext&, int width) { return {width, 0}; }

void Modal::arrange_children(const UiContext& ctx, Rect bounds) {
  const int w = std::min(bounds.w - 2 * ctx.px(kMargin), ctx.px(kCardWidth));
  const int h = std::min(bounds.h - 2 * ctx.px(kMargin), content_->measure(ctx, w).h);
  content_->arrange(ctx, {bounds.x + (bounds.w - w) / 2, bounds.y + (bounds.h - h) / 2, w, h});
}

void Modal::draw(Painter& painter) const {
  const Theme& t = painter.theme();
  // The theme's scrim over its background, as one opaque colour: the same calm tone the dimmed
  // screen used to show, without the screen.
  const Color backdrop = mix(t.background, Color{t.scrim.r, t.scrim.g, t.scrim.b, 255}, t.scrim.a / 255.0);
  painter.fill_rect(bounds(), with_alpha(backdrop, fade_.eased(painter.now())));
  // The card does not fade: text must be readable from the first frame; only the backdrop eases.
  painter.fill_rounded(content_->bounds(), painter.px(t.radius + 8), t.surface);
  Container::draw(painter);
}

}  // namespace stillpoint::ui
