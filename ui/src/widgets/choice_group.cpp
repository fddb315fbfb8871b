#include "stillpoint/ui/widgets/choice_group.h"

#include <algorithm>

namespace stillpoint::ui {

namespace {
constexpr int kGap = 20;
}  // namespace

ChoiceGroup::ChoiceGroup(SelectionMode mode, int columns)
    : mode_(mode), columns_(std::max(1, columns)) {}

ChoiceTile& ChoiceGroup::add_option(Text label, std::string value) {
  auto& tile = add<ChoiceTile>(std::move(label), std::move(value), mode_);
  tile.set_on_tap([this, &tile] { tapped(tile); });
  return tile;
}

void ChoiceGroup::tapped(ChoiceTile& tile) {
  if (mode_ == SelectionMode::single) {
    for (const auto& child : children()) {
      auto& other = static_cast<ChoiceTile&>(*child);
      other.set_selected(&other == &tile);
    }
  } else {
    tile.set_selected(!tile.selected());
  }
  if (auto callback = on_change_) callback(selected());
}

std::vector<std::string> ChoiceGroup::selected() const {
  std::vector<std::string> values;
  for (const auto& child : children()) {
    const auto& tile = static_cast<const ChoiceTile&>(*child);
    if (tile.selected()) values.push_back(tile.value());
  }
  return values;
}

void ChoiceGroup::set_selected(const std::vector<std::string>& values) {
  for (const auto& child : children()) {
    auto& tile = static_cast<ChoiceTile&>(*child);
    tile.set_selected(std::find(values.begin(), values.end(), tile.value()) != values.end());
  }
}

int ChoiceGroup::column_width(const UiContext& ctx, int width) const {
  return std::max(1, (width - (columns_ - 1) * ctx.px(kGap)) / columns_);
}

std::vector<int> ChoiceGroup::row_heights(const UiContext& ctx, int width) const {
  std::vector<int> rows;
  const int cw = column_width(ctx, width);
  int i = 0;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    if (i % columns_ == 0) rows.push_back(0);
    rows.back() = std::max(rows.back(), child->measure(ctx, cw).h);
    ++i;
  }
  return rows;
}

Size ChoiceGroup::measure(const UiContext& ctx, int width) {
  const auto rows = row_heights(ctx, width);
  int h = 0;
  for (int r : rows) h += r;
  h += std::max(0, static_cast<int>(rows.size()) - 1) * ctx.px(kGap);
  return {width, h};
}

void ChoiceGroup::arrange_children(const UiContext& ctx, Rect bounds) {
  const auto rows = row_heights(ctx, bounds.w);
  const int cw = column_width(ctx, bounds.w);
  int i = 0;
  int y = bounds.y;
  for (const auto& child : children()) {
    if (!child->visible()) continue;
    const auto row = static_cast<std::size_t>(i / columns_);
    const int col = i % columns_;
    child->arrange(ctx, {bounds.x + col * (cw + ctx.px(kGap)), y, cw, rows[row]});
    if (col == columns_ - 1) y += rows[row] + ctx.px(kGap);
    ++i;
  }
}

}  // namespace stillpoint::ui
