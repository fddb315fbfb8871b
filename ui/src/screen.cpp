#include "stillpoint/ui/screen.h"

#include <algorithm>
#include <stdexcept>

#include "stillpoint/ui/app.h"
#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/widgets/modal.h"

namespace stillpoint::ui {

namespace {

// Visits visible widgets depth-first in drawing order.
template <class F>
void walk(Widget& w, F&& visit) {
  if (!w.visible()) return;
  visit(w);
  for (const auto& child : w.children()) walk(*child, visit);
}

// The topmost visible interactive widget under `p` (later siblings draw on top).
Widget* hit(Widget& w, Point p) {
  if (!w.visible()) return nullptr;
  const auto kids = w.children();
  for (auto it = kids.rbegin(); it != kids.rend(); ++it)
    if (Widget* found = hit(**it, p)) return found;
  return w.interactive() && w.bounds().contains(p) ? &w : nullptr;
}

}  // namespace

Screen::Screen() : root_(std::make_unique<Column>(32, 56)) {
  root_->screen_ = this;
}

Screen::~Screen() = default;

Modal& Screen::show_modal(std::unique_ptr<Modal> modal) {
  if (modal_) retired_modals_.push_back(std::move(modal_));
  modal_ = std::move(modal);
  modal_->screen_ = this;
  modal_->appear(app_ ? app_->now() : TimePoint{});
  focus(nullptr);
  request_layout();
  return *modal_;
}

void Screen::close_modal() {
  if (!modal_) return;
  modal_->screen_ = nullptr;
  retired_modals_.push_back(std::move(modal_));
  request_layout();
}

void Screen::on_show(App&) {}
void Screen::on_hide(App&) {}
bool Screen::on_pointer_first(const UiContext&, PointerPhase, Point) { return false; }
bool Screen::animating_background(TimePoint) const { return false; }

void Screen::draw_background(Painter& painter) const { painter.clear(painter.theme().background); }

TimerId Screen::after(Clock::duration delay, std::function<void()> callback) {
  if (app_ == nullptr) throw std::logic_error("Screen::after needs the screen on the app's stack");
  return app_->timers().at(app_->now() + delay, std::move(callback), this);
}

Widget& Screen::active_layer() const {
  return modal_ ? static_cast<Widget&>(*modal_) : static_cast<Widget&>(*root_);
}

void Screen::request_layout() { needs_layout_ = true; }
void Screen::request_draw() { needs_draw_ = true; }

void Screen::layout(const UiContext& ctx) {
  retired_modals_.clear();
  root_->arrange(ctx, ctx.metrics.bounds());
  if (modal_) modal_->arrange(ctx, ctx.metrics.bounds());
  needs_layout_ = false;
  needs_draw_ = true;
}

void Screen::draw(Painter& painter) const {
  if (!modal_ || !modal_->covers_screen(painter.now())) {
    draw_background(painter);
    root_->draw(painter);
  }
  if (modal_) modal_->draw(painter);
}

bool Screen::animating(TimePoint now) const {
  // Asked every loop iteration: a walk, not a list (no allocation).
  bool any = false;
  const auto check = [&](Widget& w) { any = any || w.animating(now); };
  if (modal_) {
    walk(*modal_, check);
    if (modal_->covers_screen(now)) return any;  // nothing under an opaque backdrop shows
  }
  if (any || animating_background(now)) return true;
  walk(*root_, check);
  return any;
}

std::vector<Widget*> Screen::all_widgets() const {
  std::vector<Widget*> out;
  walk(*root_, [&](Widget& w) { out.push_back(&w); });
  if (modal_) walk(*modal_, [&](Widget& w) { out.push_back(&w); });
  return out;
}

std::vector<Widget*> Screen::interactive_widgets() const {
  std::vector<Widget*> out;
  walk(active_layer(), [&](Widget& w) {
    if (w.interactive()) out.push_back(&w);
  });
  return out;
}

Widget* Screen::find_by_label(const UiContext& ctx, std::string_view label) const {
  for (Widget* w : interactive_widgets())
    if (w->label(ctx) == label) return w;
  return nullptr;
}

Widget* Screen::focused() const {
  for (Widget* w : all_widgets())
    if (w->focused()) return w;
  return nullptr;
}

Widget* Screen::captured() const {
  for (Widget* w : all_widgets())
    if (w->captured_) return w;
  return nullptr;
}

void Screen::focus(Widget* widget) {
  Widget* old = focused();
  if (old == widget) return;
  if (old) old->focused_ = false;
  if (widget) widget->focused_ = true;
  request_draw();
}

void Screen::focus_next(bool backwards) {
  std::vector<Widget*> order;
  walk(active_layer(), [&](Widget& w) {
    if (w.focusable()) order.push_back(&w);
  });
  if (order.empty()) return;
  const auto current = std::find(order.begin(), order.end(), focused());
  std::size_t i = 0;
  if (current != order.end()) {
    const auto at = static_cast<std::size_t>(current - order.begin());
    i = backwards ? (at + order.size() - 1) % order.size() : (at + 1) % order.size();
  } else if (backwards) {
    i = order.size() - 1;
  }
  focus(order[i]);
}

void Screen::handle(const UiContext& ctx, const InputEvent& event) {
  switch (event.kind) {
    case InputEvent::Kind::pointer: pointer(ctx, event); break;
    case InputEvent::Kind::text: deliver_text(ctx, event.text); break;
    case InputEvent::Kind::key: key(ctx, event); break;
    default: break;
  }
}

void Screen::pointer(const UiContext& ctx, const InputEvent& event) {
  if (on_pointer_first(ctx, event.phase, event.position)) return;
  if (event.phase == PointerPhase::down) {
    Widget* target = hit(active_layer(), event.position);
    if (target == nullptr) return;
    target->captured_ = true;
    // Only text widgets take focus from a tap: the keys of an on-screen keyboard must not
    // steal it from the field they type into.
    if (target->accepts_text()) focus(target);
    target->on_pointer(ctx, event.phase, event.position);
    return;
  }
  Widget* target = captured();
  if (target == nullptr) return;
  if (event.phase == PointerPhase::up) target->captured_ = false;
  target->on_pointer(ctx, event.phase, event.position);
}

void Screen::key(const UiContext& ctx, const InputEvent& event) {
  Widget* target = focused();
  switch (event.key) {
    case Key::tab: focus_next(event.shift); return;
    case Key::backspace: deliver_key(ctx, Key::backspace); return;
    case Key::enter:
      if (target && !target->on_key(ctx, Key::enter)) target->activate(ctx);
      return;
    default:
      if (target) target->on_key(ctx, event.key);
      return;
  }
}

void Screen::deliver_text(const UiContext& ctx, std::string_view utf8) {
  Widget* target = focused();
  if (target && target->on_text(ctx, utf8)) return;
  // No text widget focused: the first one on the active layer takes it (and focus).
  for (Widget* w : interactive_widgets()) {
    if (w->accepts_text()) {
      focus(w);
      w->on_text(ctx, utf8);
      return;
    }
  }
}

void Screen::deliver_key(const UiContext& ctx, Key key) {
  Widget* target = focused();
  if (target && target->on_key(ctx, key)) return;
  for (Widget* w : interactive_widgets()) {
    if (w->accepts_text()) {
      focus(w);
      w->on_key(ctx, key);
      return;
    }
  }
}

}  // namespace stillpoint::ui
