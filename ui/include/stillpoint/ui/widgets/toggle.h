#pragma once
// A toggle: a labelled on/off switch whose knob slides with a time-based animation.
#include <functional>

#include "stillpoint/ui/animation.h"
#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// An on/off setting. The whole row is the target, not only the small switch.
class Toggle : public Widget {
public:
  explicit Toggle(Text label, bool on = false);

  bool on() const { return on_; }
  // Sets the state without animation (from code).
  void set_on(bool on);
  void set_on_change(std::function<void(bool)> on_change) { on_change_ = std::move(on_change); }
  // How far the knob is towards "on" at `now` (0..1): the animation's visible state.
  double knob_position(TimePoint now) const;

  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter& painter) const override;
  bool on_pointer(const UiContext& ctx, PointerPhase phase, Point position) override;
  void activate(const UiContext& ctx) override;
  bool interactive() const override { return true; }
  bool animating(TimePoint now) const override { return slide_.running(now); }
  std::string label(const UiContext& ctx) const override { return ctx.resolve(label_); }

  // Duration of the knob's slide.
  static constexpr auto kSlide = std::chrono::milliseconds(200);

private:
  void flip(const UiContext& ctx);
  Text label_;
  bool on_;
  bool pressed_ = false;
  Animation slide_{kSlide};
  std::function<void(bool)> on_change_;
};

}  // namespace stillpoint::ui
