#pragma once
// Turns a FHIR R4 Questionnaire (JSON) into the engine's model, refusing anything the kiosk
// could not render: unknown item types, broken enableWhen references, duplicate linkIds,
// options on items that take no options, controls on the wrong item type.
#include <memory>
#include <string_view>

#include <nlohmann/json.hpp>

#include "stillpoint/core/forms/load_error.h"
#include "stillpoint/core/forms/model.h"

namespace stillpoint::forms {

// Loads a parsed Questionnaire resource. Throws FormLoadError naming the linkId on refusal.
std::shared_ptr<const Questionnaire> load_questionnaire(const nlohmann::json& resource);
// Parses and loads JSON text. Throws FormLoadError (with an empty linkId for malformed JSON).
std::shared_ptr<const Questionnaire> load_questionnaire_text(std::string_view text);

}  // namespace stillpoint::forms
