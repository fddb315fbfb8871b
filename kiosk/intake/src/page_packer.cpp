#include "stillpoint/kiosk_intake/page_packer.h"

namespace stillpoint::kiosk_intake {

namespace {

// Blocks [first, last) as one unit: a parent and the follow-ups kept with it, up to a block that
// ends its sub-page.
std::size_t unit_end(const std::vector<PackBlock>& blocks, std::size_t first) {
  std::size_t last = first + 1;
  while (last < blocks.size() && blocks[last].keep_with_previous && !blocks[last - 1].ends_part)
    ++last;
  return last;
}

int unit_height(const std::vector<PackBlock>& blocks, std::size_t first, std::size_t last,
                int spacing) {
  int h = 0;
  for (std::size_t i = first; i < last; ++i) h += blocks[i].height + (i > first ? spacing : 0);
  return h;
}

}  // namespace

std::vector<SubPage> pack_blocks(const std::vector<PackBlock>& blocks, int available, int spacing) {
  std::vector<SubPage> pages{{0, 0}};
  int used = 0;
  std::size_t i = 0;
  while (i < blocks.size()) {
    std::size_t end = unit_end(blocks, i);
    int h = unit_height(blocks, i, end, spacing);
    // A unit too tall for any page is split into its blocks.
    if (h > available && end - i > 1) {
      end = i + 1;
      h = blocks[i].height;
    }
    SubPage& current = pages.back();
    const int needed = (current.last > current.first ? spacing : 0) + h;
    if (current.last > current.first && used + needed > available) {
      pages.push_back({i, i});
      used = 0;
      continue;
    }
    pages.back().last = end;
    used += needed;
    i = end;
    if (blocks[end - 1].ends_part && i < blocks.size()) {
      pages.push_back({i, i});
      used = 0;
    }
  }
  return pages;
}

std::vector<ColumnPair> pair_columns(const std::vector<SubPage>& columns) {
  std::vector<ColumnPair> pairs;
  for (std::size_t c = 0; c < columns.size(); c += 2) {
    const bool has_right = c + 1 < columns.size();
    pairs.push_back({{columns[c].first, has_right ? columns[c + 1].last : columns[c].last}, columns[c].last});
  }
  return pairs;
}

std::vector<ColumnPair> single_columns(const std::vector<SubPage>& columns) {
  std::vector<ColumnPair> pairs;
  for (const SubPage& c : columns) pairs.push_back({c, c.last});
  return pairs;
}

std::vector<SubPage> parts_of(const std::vector<ColumnPair>& pairs) {
  std::vector<SubPage> parts;
  for (const ColumnPair& p : pairs) parts.push_back(p.part);
  return parts;
}

}  // namespace stillpoint::kiosk_intake
