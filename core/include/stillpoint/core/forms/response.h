#pragma once
// Builds the FHIR R4 QuestionnaireResponse the clinic's records system takes: items nested as
// in the questionnaire, hidden items and empty groups left out, and no subject (walk-ins are
// anonymous).
#include <nlohmann/json.hpp>

#include "stillpoint/core/clock.h"
#include "stillpoint/core/forms/answers.h"
#include "stillpoint/core/forms/enable_when.h"
#include "stillpoint/core/forms/model.h"

namespace stillpoint::forms {

// A completed QuestionnaireResponse for `answers`, authored at `authored`. Texts are in the
// questionnaire's own language so the record reads the same whatever language the person used.
nlohmann::json build_response(const Questionnaire& form, const AnswerSet& answers,
                              const Enablement& enablement, TimePoint authored);

}  // namespace stillpoint::forms
