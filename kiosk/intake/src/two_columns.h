#pragma once
// Landscape has the width, not the height: a part of a page or of the review shows its blocks in
// two columns side by side, as pair_columns packed them.
#include <memory>
#include <vector>

#include "stillpoint/kiosk_intake/page_packer.h"
#include "stillpoint/ui/layout.h"

namespace stillpoint::kiosk_intake {

// Between the two columns, in reference pixels.
constexpr int kColumnGap = 64;

// The width of one of two columns in `content_width` output pixels.
int half_width(const ui::UiContext& ctx, int content_width);

// Moves blocks [shown.part.first, shown.part.last) into `body`: split at shown.split into two
// columns `spacing` apart inside when `two_columns`, else stacked.
void place_blocks(ui::Column& body, std::vector<std::unique_ptr<ui::Widget>>& blocks, const ColumnPair& shown,
                  bool two_columns, int spacing);

}  // namespace stillpoint::kiosk_intake
