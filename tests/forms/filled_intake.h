#pragma once
// Fills the default intake form the way a person might: a few reasons, a stress score, body
// areas, follow-ups in the health screening. Shared by the engine tests and the tool that
// writes a response for the external FHIR validator.
#include "stillpoint/core/forms/form_session.h"

namespace forms_test {

// Answers every page of assets/forms/intake.json; returns false if the engine refused any.
bool fill_intake(stillpoint::forms::FormSession& session);

}  // namespace forms_test
