#pragma once
// Progress dots: where a person is in a short flow ("step 2 of 4"), without numbers to read.
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// A row of dots: done steps filled, the current one a wider pill, later ones outlined.
class ProgressDots : public Widget {
public:
  explicit ProgressDots(int count, int current = 0);

  void set_current(int current);
  int current() const { return current_; }
  int count() const { return count_; }

  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter& painter) const override;

private:
  int count_;
  int current_;
};

}  // namespace stillpoint::ui
