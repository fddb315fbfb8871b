#include "two_columns.h"

namespace stillpoint::kiosk_intake {

int half_width(const ui::UiContext& ctx, int content_width) { return (content_width - ctx.px(kColumnGap)) / 2; }

void place_blocks(ui::Column& body, std::vector<std::unique_ptr<ui::Widget>>& blocks, const ColumnPair& shown,
                  bool two_columns, int spacing) {
  if (!two_columns) {
    for (std::size_t i = shown.part.first; i < shown.part.last; ++i) body.adopt(std::move(blocks[i]));
    return;
  }
  // Both columns keep the width they were measured at, a lone last column included.
  auto& row = body.add<ui::Row>(kColumnGap);
  row.set_flex(1);
  auto& left = row.add<ui::Column>(spacing);
  auto& right = row.add<ui::Column>(spacing);
  for (std::size_t i = shown.part.first; i < shown.part.last; ++i)
    (i < shown.split ? left : right).adopt(std::move(blocks[i]));
}

}  // namespace stillpoint::kiosk_intake
