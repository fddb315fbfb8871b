#pragma once
// A choice tile: a large selectable card for one answer, drawn as a radio (single choice) or a
// check box (multiple choice).
#include <functional>
#include <string>

#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// Whether a set of tiles allows one answer or several.
enum class SelectionMode { single, multiple };

// One answer. Usually created by a ChoiceGroup, which owns the selection rule; alone it toggles.
class ChoiceTile : public Widget {
public:
  ChoiceTile(Text label, std::string value, SelectionMode mode = SelectionMode::multiple);

  const std::string& value() const { return value_; }
  bool selected() const { return selected_; }
  void set_selected(bool selected);
  // Called on a completed tap instead of toggling (the group decides).
  void set_on_tap(std::function<void()> on_tap) { on_tap_ = std::move(on_tap); }

  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter& painter) const override;
  bool on_pointer(const UiContext& ctx, PointerPhase phase, Point position) override;
  void activate(const UiContext& ctx) override;
  bool interactive() const override { return true; }
  std::string label(const UiContext& ctx) const override { return ctx.resolve(label_); }

private:
  void tapped();
  void draw_indicator(Painter& painter, Rect box) const;
  Text label_;
  std::string value_;
  SelectionMode mode_;
  std::function<void()> on_tap_;
  bool selected_ = false;
  bool pressed_ = false;
};

}  // namespace stillpoint::ui
