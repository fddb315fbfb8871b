#include "stillpoint/ui/metrics.h"

#include <algorithm>
#include <cmath>

namespace stillpoint::ui {

Metrics::Metrics(Size output) : output_(output) {
  const int short_side = std::max(1, std::min(output.w, output.h));
  scale_ = static_cast<double>(short_side) / kReferenceShortSide;
}

int Metrics::px(int reference) const {
  if (reference <= 0) return 0;
  return std::max(1, static_cast<int>(std::lround(reference * scale_)));
}

}  // namespace stillpoint::ui
