#pragma once
// A screen: one page of the UI (welcome, choose, keypad...), built from widgets in a Column,
// with an optional modal on top. Screens are stacked by the App; events go to the top one.
#include <functional>
#include <memory>
#include <string_view>
#include <vector>

#include "stillpoint/ui/layout.h"
#include "stillpoint/ui/timers.h"

namespace stillpoint::ui {

class App;
class Modal;
class Painter;

// One page of widgets. Build it by adding widgets to root() (in a constructor or on_show), or
// subclass it for hooks. A screen may push, pop or replace itself through app(): stack changes
// are applied between frames, never while its own code runs.
class Screen {
public:
  Screen();
  virtual ~Screen();
  Screen(const Screen&) = delete;
  Screen& operator=(const Screen&) = delete;

  // The content: a padded Column filling the output.
  Column& root() { return *root_; }
  // Shows `modal` above the content; input goes only to it until closed.
  Modal& show_modal(std::unique_ptr<Modal> modal);
  // Closes the modal (safe from the modal's own buttons; destroyed between frames).
  void close_modal();
  Modal* modal() const { return modal_.get(); }

  // Called when the screen becomes the top one (pushed, or uncovered by a pop).
  virtual void on_show(App& app);
  // Called when another screen covers it or it is popped.
  virtual void on_hide(App& app);
  // Sees every pointer event before the widgets (e.g. a hidden admin corner); true consumes it.
  virtual bool on_pointer_first(const UiContext& ctx, PointerPhase phase, Point position);
  // True while a screen-level animation (a moving background) needs frames.
  virtual bool animating_background(TimePoint now) const;
  // Draws behind the widgets; the default fills the theme background.
  virtual void draw_background(Painter& painter) const;

  // The app while the screen is on its stack, else null.
  App* app() const { return app_; }
  // Runs `callback` after `delay` on the app's clock; cancelled automatically when this screen
  // leaves the stack. Requires the screen to be on the stack.
  TimerId after(Clock::duration delay, std::function<void()> callback);

  // --- Used by the App and by widgets ---------------------------------------------------------
  // Routes one event: pointers to the widget under them (modal first), text and keys to focus.
  void handle(const UiContext& ctx, const InputEvent& event);
  // Delivers typed text (physical or on-screen keyboard) to the focused text widget, or to the
  // first one when none has focus.
  void deliver_text(const UiContext& ctx, std::string_view utf8);
  // Delivers an editing key (backspace) the same way.
  void deliver_key(const UiContext& ctx, Key key);
  // Lays out the content and modal over the whole output; destroys retired widgets.
  void layout(const UiContext& ctx);
  void draw(Painter& painter) const;
  bool needs_layout() const { return needs_layout_; }
  bool needs_draw() const { return needs_draw_ || needs_layout_; }
  void request_layout();
  void request_draw();
  void mark_drawn() { needs_draw_ = false; }
  // True while anything on the screen animates.
  bool animating(TimePoint now) const;
  // The focused widget, if any.
  Widget* focused() const;
  // Moves focus to `widget` (null clears it).
  void focus(Widget* widget);
  // Tab order: the next (or previous) focusable widget.
  void focus_next(bool backwards);
  // Every visible interactive widget of the active layer (the modal when shown), in order.
  std::vector<Widget*> interactive_widgets() const;
  // Every visible widget of the content and the modal, in drawing order.
  std::vector<Widget*> all_widgets() const;
  // The widget whose label (current language) is exactly `label`, active layer only.
  Widget* find_by_label(const UiContext& ctx, std::string_view label) const;
  // The layer that takes input: the modal when one is shown, else the content.
  Widget& active_layer() const;

private:
  friend class App;
  void pointer(const UiContext& ctx, const InputEvent& event);
  void key(const UiContext& ctx, const InputEvent& event);
  Widget* captured() const;

  std::unique_ptr<Column> root_;
  std::unique_ptr<Modal> modal_;
  std::vector<std::unique_ptr<Modal>> retired_modals_;
  App* app_ = nullptr;
  bool needs_layout_ = true;
  bool needs_draw_ = true;
};

}  // namespace stillpoint::ui
