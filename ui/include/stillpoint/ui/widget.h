#pragma once
// The widget tree. Setters invalidate (repaint or relayout) up to the screen, which is how the
// app knows a frame is needed; nothing is redrawn otherwise.
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/ui/context.h"
#include "stillpoint/ui/geometry.h"
#include "stillpoint/ui/input.h"

namespace stillpoint::ui {

class Painter;
class Screen;

// Something on a screen that is laid out, drawn and may take input. Widgets are owned by their
// parent container (or by the screen for its root) and keep no pointer to the app; everything
// they need arrives in the UiContext of each call.
class Widget {
public:
  Widget() = default;
  virtual ~Widget() = default;
  Widget(const Widget&) = delete;
  Widget& operator=(const Widget&) = delete;

  // Preferred size when given `width` output pixels (heights follow wrapping).
  virtual Size measure(const UiContext& ctx, int width) = 0;
  // Places the widget (and its children) in `bounds`.
  virtual void arrange(const UiContext& ctx, Rect bounds);
  // Draws the widget at its bounds. Must not change state.
  virtual void draw(Painter& painter) const = 0;
  // A pointer went down on the widget, or moved/lifted after going down on it. True if used.
  virtual bool on_pointer(const UiContext& ctx, PointerPhase phase, Point position);
  // Typed text while focused. True if used.
  virtual bool on_text(const UiContext& ctx, std::string_view utf8);
  // A key while focused. True if used.
  virtual bool on_key(const UiContext& ctx, Key key);
  // The tap action, for Enter on a focused widget.
  virtual void activate(const UiContext& ctx);
  // True when the widget takes taps (hit-testing, target-size checks, script taps).
  virtual bool interactive() const { return false; }
  // True when it edits text: a tap focuses it, typed text and backspace go to it.
  virtual bool accepts_text() const { return false; }
  // True when Tab may focus it.
  virtual bool focusable() const { return interactive(); }
  // The visible label in the current language, which script taps match; empty if none.
  virtual std::string label(const UiContext& ctx) const;
  // True while a time-based animation needs frames at `now`.
  virtual bool animating(TimePoint now) const;
  // Children, in drawing order.
  virtual std::span<const std::unique_ptr<Widget>> children() const { return {}; }

  Rect bounds() const { return bounds_; }
  bool visible() const { return visible_; }
  // Hidden widgets take no space, draw nothing and get no input.
  void set_visible(bool visible);
  bool focused() const { return focused_; }
  // Sharing of remaining height in a Column (0 = natural height) or width in a Row.
  int flex() const { return flex_; }
  void set_flex(int flex);
  Widget* parent() const { return parent_; }
  // The screen showing this widget, if it is on one.
  Screen* screen() const;

  // Requests a repaint (appearance changed, size did not).
  void invalidate();
  // Requests a relayout and repaint (size may have changed).
  void invalidate_layout();

protected:
  // Draws the focus ring when focus should be visible.
  void draw_focus(Painter& painter) const;

private:
  friend class Container;
  friend class Screen;
  Widget* parent_ = nullptr;
  Screen* screen_ = nullptr;  // set on a screen's root and modal only
  Rect bounds_;
  int flex_ = 0;
  bool visible_ = true;
  bool focused_ = false;
  bool captured_ = false;  // the pointer went down here and has not lifted
};

// A widget with children. Removing children is safe from inside a child's callback: removed
// children are kept until the next layout and only then destroyed.
class Container : public Widget {
public:
  // Constructs a child in place and returns it, e.g. `col.add<Button>(tr("go"), on_go)`.
  template <class T, class... Args>
  T& add(Args&&... args) {
    return static_cast<T&>(adopt(std::make_unique<T>(std::forward<Args>(args)...)));
  }
  // Takes ownership of a child, appended last.
  Widget& adopt(std::unique_ptr<Widget> child);
  // Removes every child (destroyed at the next layout).
  void clear();
  std::span<const std::unique_ptr<Widget>> children() const override { return children_; }
  void arrange(const UiContext& ctx, Rect bounds) override;
  void draw(Painter& painter) const override;

protected:
  // Places the visible children inside `bounds` (the container's own rule).
  virtual void arrange_children(const UiContext& ctx, Rect bounds) = 0;

private:
  std::vector<std::unique_ptr<Widget>> children_;
  std::vector<std::unique_ptr<Widget>> retired_;
};

}  // namespace stillpoint::ui
