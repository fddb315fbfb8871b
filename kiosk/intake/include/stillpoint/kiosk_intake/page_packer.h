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

// A part shown as two columns side by side (landscape has the width, not the height): blocks
// [part.first, split) on the left, [split, part.last) on the right.
struct ColumnPair {
  SubPage part;
  std::size_t split = 0;
};

// Pairs columns filled by pack_blocks in reading order, two to a part (the last may hold one).
std::vector<ColumnPair> pair_columns(const std::vector<SubPage>& columns);
// One column a part: what portrait shows.
std::vector<ColumnPair> single_columns(const std::vector<SubPage>& columns);
// The parts alone, for choose_part.
std::vector<SubPage> parts_of(const std::vector<ColumnPair>& pairs);

}  // namespace stillpoint::kiosk_intake
