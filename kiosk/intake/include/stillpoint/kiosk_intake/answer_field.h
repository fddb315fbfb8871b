#pragma once
// A tappable box that shows a typed answer (or "Tap here to type") on a form page; tapping it
// opens the editor with the keyboard or keypad, so pages stay short enough to fit.
#include <functional>
#include <string>

#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::kiosk_intake {

// Looks like a text field but types nothing itself: the editor view does the typing, with room
// for a full keyboard. Its label (for scripts) is the placeholder, whatever the value.
class AnswerField : public ui::Widget {
public:
  AnswerField(std::string value, ui::Text placeholder, std::function<void()> on_tap);

  const std::string& value() const { return value_; }

  ui::Size measure(const ui::UiContext& ctx, int width) override;
  void draw(ui::Painter& painter) const override;
  bool on_pointer(const ui::UiContext& ctx, ui::PointerPhase phase, ui::Point position) override;
  void activate(const ui::UiContext& ctx) override;
  bool interactive() const override { return true; }
  std::string label(const ui::UiContext& ctx) const override { return ctx.resolve(placeholder_); }

private:
  std::string value_;
  ui::Text placeholder_;
  std::function<void()> on_tap_;
  bool pressed_ = false;
};

}  // namespace stillpoint::kiosk_intake
