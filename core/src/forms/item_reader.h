#pragma once
// Reads one Questionnaire.item (and its children) into the model. Private to the loader.
#include <string>

#include <nlohmann/json.hpp>

#include "stillpoint/core/forms/model.h"

namespace stillpoint::forms {

inline constexpr const char* kItemControlUrl =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
inline constexpr const char* kMinValueUrl = "http://hl7.org/fhir/StructureDefinition/minValue";
inline constexpr const char* kMaxValueUrl = "http://hl7.org/fhir/StructureDefinition/maxValue";
inline constexpr const char* kUrgentUrl = "https://stillpoint.example/fhir/StructureDefinition/urgent";

// Reads `json` as an item; throws FormLoadError naming the linkId (or the path when the item
// has no usable linkId).
Item read_item(const nlohmann::json& json, const std::string& path);

}  // namespace stillpoint::forms
