#pragma once
// A 0–10 slider: a track with eleven stops and numbers under them; a tap anywhere on it picks
// the nearest number, dragging moves it. No value until a person chooses one.
#include <functional>
#include <optional>

#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// An integer scale, 0 to 10 by default, with optional words under its ends ("calm" / "very
// stressed").
class Slider : public Widget {
public:
  explicit Slider(int minimum = 0, int maximum = 10);

  std::optional<int> value() const { return value_; }
  // Sets (or clears) the value; clamped to the range.
  void set_value(std::optional<int> value);
  void set_end_labels(Text low, Text high);
  void set_on_change(std::function<void(int)> on_change) { on_change_ = std::move(on_change); }
  int minimum() const { return min_; }
  int maximum() const { return max_; }
  // Centre x of the stop for `value` (for tests and scripts).
  int stop_x(int value) const;

  Size measure(const UiContext& ctx, int width) override;
  void arrange(const UiContext& ctx, Rect bounds) override;
  void draw(Painter& painter) const override;
  bool on_pointer(const UiContext& ctx, PointerPhase phase, Point position) override;
  bool on_key(const UiContext& ctx, Key key) override;
  bool interactive() const override { return true; }

private:
  void choose(int value);
  int track_height(const UiContext& ctx) const;
  int min_;
  int max_;
  std::optional<int> value_;
  Text low_;
  Text high_;
  int track_left_ = 0;
  int track_right_ = 0;
  int track_h_ = 0;
  int numbers_h_ = 0;
  std::function<void(int)> on_change_;
};

}  // namespace stillpoint::ui
