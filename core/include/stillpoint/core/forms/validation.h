#pragma once
// Checks a person's answers against the questionnaire: required items, ranges, lengths,
// option membership and value types. Hidden items are skipped: they are neither required
// nor sent.
#include <string>
#include <vector>

#include "stillpoint/core/forms/answers.h"
#include "stillpoint/core/forms/enable_when.h"
#include "stillpoint/core/forms/model.h"

namespace stillpoint::forms {

// What is wrong with an answer; the renderer picks the words to show from the code.
enum class ProblemCode {
  Required,      // a shown, required question has no answer
  WrongType,     // the value's kind does not fit the item type
  NotAnOption,   // a choice answer that is not one of the options
  BelowMinimum,  // smaller or earlier than minValue
  AboveMaximum,  // larger or later than maxValue
  TooLong,       // longer than maxLength
  TooMany,       // several answers to a question that does not repeat
  NotAQuestion,  // an answer given to a group or display item, or an unknown linkId
  ReadOnly,      // an answer given to a read-only item
};

// One problem with one item. `message` is for logs and developers (never a person's answer).
struct Problem {
  std::string link_id;
  ProblemCode code;
  std::string message;
};

// Problems with one value for `item`, without looking at required or count.
std::vector<Problem> check_value(const Item& item, const AnswerValue& value);
// Problems with the answers of `item` and its shown descendants.
std::vector<Problem> validate_item(const Item& item, const AnswerSet& answers,
                                   const Enablement& enablement);
// Problems with the whole form.
std::vector<Problem> validate_form(const Questionnaire& form, const AnswerSet& answers,
                                   const Enablement& enablement);

// The FHIR-ish name of a problem code, e.g. "required", for logs and tests.
const char* problem_code_name(ProblemCode code);

}  // namespace stillpoint::forms
