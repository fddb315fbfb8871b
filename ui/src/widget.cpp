#include "stillpoint/ui/widget.h"

#include <algorithm>

#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/screen.h"

namespace stillpoint::ui {

void Widget::arrange(const UiContext&, Rect bounds) { bounds_ = bounds; }
bool Widget::on_pointer(const UiContext&, PointerPhase, Point) { return false; }
bool Widget::on_text(const UiContext&, std::string_view) { return false; }
bool Widget::on_key(const UiContext&, Key) { return false; }
void Widget::activate(const UiContext&) {}
std::string Widget::label(const UiContext&) const { return {}; }
bool Widget::animating(TimePoint) const { return false; }

void Widget::set_visible(bool visible) {
  if (visible_ == visible) return;
  visible_ = visible;
  invalidate_layout();
}

void Widget::set_flex(int flex) {
  if (flex_ == flex) return;
  flex_ = flex;
  invalidate_layout();
}

Screen* Widget::screen() const {
  const Widget* w = this;
  while (w->parent_ != nullptr) w = w->parent_;
  return w->screen_;
}

void Widget::invalidate() {
  if (Screen* s = screen()) s->request_draw();
}

void Widget::invalidate_layout() {
  if (Screen* s = screen()) s->request_layout();
}

void Widget::draw_focus(Painter& painter) const {
  if (!focused_ || !painter.context().focus_visible) return;
  const int t = painter.px(6);
  const Rect ring{bounds_.x - 2 * t, bounds_.y - 2 * t, bounds_.w + 4 * t, bounds_.h + 4 * t};
  const int radius = painter.px(painter.theme().radius) + 2 * t;
  // Called before the widget draws itself: a ring, a gap of background, then the widget on top.
  painter.fill_rounded_outlined(ring, radius, painter.theme().background, painter.theme().focus, t);
}

Widget& Container::adopt(std::unique_ptr<Widget> child) {
  child->parent_ = this;
  children_.push_back(std::move(child));
  invalidate_layout();
  return *children_.back();
}

void Container::clear() {
  for (auto& child : children_) {
    child->parent_ = nullptr;
    retired_.push_back(std::move(child));
  }
  children_.clear();
  invalidate_layout();
}

void Container::arrange(const UiContext& ctx, Rect bounds) {
  retired_.clear();  // between frames: no callback of theirs is running
  Widget::arrange(ctx, bounds);
  arrange_children(ctx, bounds);
}

void Container::draw(Painter& painter) const {
  for (const auto& child : children_)
    if (child->visible()) child->draw(painter);
}

}  // namespace stillpoint::ui
