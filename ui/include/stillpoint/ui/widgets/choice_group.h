#pragma once
// A set of choice tiles with one rule: single choice (radio) or multiple choice (check boxes).
#include <functional>
#include <string>
#include <vector>

#include "stillpoint/ui/widgets/choice_tile.h"

namespace stillpoint::ui {

// Tiles laid out in a grid of `columns`; tapping applies the selection rule and reports the
// selected values in tile order.
class ChoiceGroup : public Container {
public:
  explicit ChoiceGroup(SelectionMode mode, int columns = 1);

  // Adds a tile for one answer; `value` is what selected() reports.
  ChoiceTile& add_option(Text label, std::string value);
  // Selected values in tile order.
  std::vector<std::string> selected() const;
  // Selects exactly `values` (unknown values ignored).
  void set_selected(const std::vector<std::string>& values);
  void set_on_change(std::function<void(const std::vector<std::string>&)> on_change) {
    on_change_ = std::move(on_change);
  }
  SelectionMode mode() const { return mode_; }

  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  void tapped(ChoiceTile& tile);
  std::vector<int> row_heights(const UiContext& ctx, int width) const;
  int column_width(const UiContext& ctx, int width) const;
  SelectionMode mode_;
  int columns_;
  std::function<void(const std::vector<std::string>&)> on_change_;
};

}  // namespace stillpoint::ui
