#include "stillpoint/core/forms/body_map.h"

#include <algorithm>
#include <utility>

namespace stillpoint::forms {

namespace {

// Back-only and front-only regions are drawn on one outline; the rest on both.
const std::vector<std::pair<std::string_view, BodySide>>& regions_with_sides() {
  static const std::vector<std::pair<std::string_view, BodySide>> regions = {
      {"head-neck", BodySide::Both}, {"shoulders", BodySide::Both}, {"chest", BodySide::Front},
      {"upper-back", BodySide::Back}, {"abdomen", BodySide::Front}, {"lower-back", BodySide::Back},
      {"arms", BodySide::Both},      {"hands", BodySide::Both},     {"hips", BodySide::Both},
      {"legs", BodySide::Both},      {"knees", BodySide::Both},     {"feet", BodySide::Both},
  };
  return regions;
}

}  // namespace

const std::vector<std::string_view>& body_regions() {
  static const std::vector<std::string_view> codes = [] {
    std::vector<std::string_view> out;
    for (const auto& [code, side] : regions_with_sides()) out.push_back(code);
    return out;
  }();
  return codes;
}

std::optional<BodySide> body_region_side(std::string_view code) {
  const auto& regions = regions_with_sides();
  const auto it = std::find_if(regions.begin(), regions.end(),
                               [&](const auto& region) { return region.first == code; });
  if (it == regions.end()) return std::nullopt;
  return it->second;
}

}  // namespace stillpoint::forms
