#pragma once
// Which part (sub-page) to show after a rebuild: the first, the last, "#N", or the part holding
// a given linkId, so a page re-packed after a change keeps the person where they were.
#include <cstddef>
#include <string>
#include <vector>

#include "stillpoint/kiosk_intake/page_packer.h"

namespace stillpoint::kiosk_intake {

// `anchor` is "#N" (part N), a linkId found in `ids` (one per block), or empty. `last` picks the
// final part when there is no anchor.
std::size_t choose_part(const std::vector<SubPage>& parts, const std::vector<std::string>& ids,
                        const std::string& anchor, bool last);

}  // namespace stillpoint::kiosk_intake
