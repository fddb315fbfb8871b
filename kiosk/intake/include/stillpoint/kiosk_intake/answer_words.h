#pragma once
// An answer as a person reads it back on the review page and under the body map: option labels
// in the reading language, Yes/No, numbers, dates in the local order, typed text as typed.
#include <string>

#include "stillpoint/core/forms/form_session.h"
#include "stillpoint/kiosk_intake/strings.h"

namespace stillpoint::kiosk_intake {

// One value in words.
std::string value_words(const forms::FormSession& session, const forms::Item& item,
                        const forms::AnswerValue& value, const IntakeStrings& strings);
// Every answer of `item`, joined with ", "; empty when unanswered.
std::string answer_words(const forms::FormSession& session, const forms::Item& item,
                         const IntakeStrings& strings);
// A date as the reading language writes it ("04/21/1990" or "21/04/1990").
std::string date_words(const Date& date, const IntakeStrings& strings);

}  // namespace stillpoint::kiosk_intake
