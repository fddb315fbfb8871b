#pragma once
// Stillpoint's body-map control: a choice item whose options are body regions, drawn on front
// and back outlines. The region codes are a fixed list the renderer knows how to draw.
#include <optional>
#include <string_view>
#include <vector>

namespace stillpoint::forms {

inline constexpr const char* kBodyMapUrl =
    "https://stillpoint.example/fhir/StructureDefinition/body-map";
inline constexpr const char* kBodyRegionSystem =
    "https://stillpoint.example/fhir/CodeSystem/body-region";

// Which outline a region is drawn on: some regions only exist from one side.
enum class BodySide { Front, Back, Both };

// The region codes the renderer draws, in a stable top-to-bottom order.
const std::vector<std::string_view>& body_regions();
// The side(s) `code` is drawn on, or nullopt for a code the renderer cannot draw.
std::optional<BodySide> body_region_side(std::string_view code);

}  // namespace stillpoint::forms
