#pragma once
// One line of the review page: the question in small muted text, the answer beneath it, and
// "Change" on the right. The whole row is the target.
#include <functional>
#include <string>

#include "stillpoint/ui/widget.h"

namespace stillpoint::kiosk_intake {

// A tappable summary of one answer. Its label (for scripts and tests) is the question text.
class ReviewRow : public ui::Widget {
public:
  ReviewRow(std::string question, std::string answer, bool answered, std::string change,
            std::function<void()> on_tap);

  const std::string& question() const { return question_; }
  const std::string& answer() const { return answer_; }

  ui::Size measure(const ui::UiContext& ctx, int width) override;
  void draw(ui::Painter& painter) const override;
  bool on_pointer(const ui::UiContext& ctx, ui::PointerPhase phase, ui::Point position) override;
  void activate(const ui::UiContext& ctx) override;
  bool interactive() const override { return true; }
  std::string label(const ui::UiContext&) const override { return question_; }

private:
  int text_width(const ui::UiContext& ctx, int width) const;
  std::string question_, answer_, change_;
  bool answered_;
  std::function<void()> on_tap_;
  bool pressed_ = false;
  int change_w_ = 0;
};

}  // namespace stillpoint::kiosk_intake
