#pragma once
// Splits one form page into sub-pages that fit the screen, since the toolkit does not scroll.
#include <cstddef>
#include <vector>

namespace stillpoint::kiosk_intake {

// One block to place: its height in output pixels, whether it must stay on the same sub-page as
// the block before it (a follow-up question under its parent), and whether its sub-page ends
// with it (a block with a widget beside the page's column, which has room for only one).
struct PackBlock {
  int height = 0;
  bool keep_with_previous = false;
  bool ends_part = false;
};

// A sub-page: blocks [first, last).
struct SubPage {
  std::size_t first = 0;
  std::size_t last = 0;
};

// Fills sub-pages in order, each at most `available` tall with `spacing` between blocks. A block
// taller than `available` gets a sub-page of its own; a follow-up moves with its parent when the
// two fit together, unless the parent ends its sub-page. Always returns at least one sub-page
// (possibly empty).
std::vector<SubPage> pack_blocks(const std::vector<PackBlock>& blocks, int available, int spacing);

}  // namespace stillpoint::kiosk_intake
