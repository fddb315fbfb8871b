#pragma once
// A button: a large rounded target with a label, activated on release inside it.
#include <functional>

#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// How prominent a button is: the one main action, a secondary choice, a quiet link-like action,
// an urgent action, or a key of a keypad/keyboard.
enum class ButtonStyle { primary, secondary, quiet, danger, key };
// A drawn glyph shown instead of the label (the label stays its accessible name).
enum class ButtonIcon { none, backspace, shift };

// A tappable button. A tap is a press and a release inside the bounds; sliding off cancels it,
// so a person can change their mind mid-touch.
class Button : public Widget {
public:
  explicit Button(Text label, std::function<void()> on_tap = {},
                  ButtonStyle style = ButtonStyle::primary);

  // Replaces the label (relayout).
  void set_label(Text label);
  const Text& text() const { return label_; }
  void set_on_tap(std::function<void()> on_tap) { on_tap_ = std::move(on_tap); }
  void set_style(ButtonStyle style);
  ButtonStyle style() const { return style_; }
  void set_icon(ButtonIcon icon);
  // A disabled button draws muted and takes no input.
  void set_enabled(bool enabled);
  bool enabled() const { return enabled_; }
  // Marks a latched key (Shift on) or the current choice of a set.
  void set_latched(bool latched);
  bool pressed() const { return pressed_; }

  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter& painter) const override;
  bool on_pointer(const UiContext& ctx, PointerPhase phase, Point position) override;
  void activate(const UiContext& ctx) override;
  bool interactive() const override { return enabled_; }
  std::string label(const UiContext& ctx) const override;

protected:
  // The action of a completed tap; keys override it to type through the screen.
  virtual void fire(const UiContext& ctx);

private:
  void draw_icon(Painter& painter, Color color) const;
  Text label_;
  std::function<void()> on_tap_;
  ButtonStyle style_;
  ButtonIcon icon_ = ButtonIcon::none;
  bool enabled_ = true;
  bool pressed_ = false;
  bool latched_ = false;
};

}  // namespace stillpoint::ui
