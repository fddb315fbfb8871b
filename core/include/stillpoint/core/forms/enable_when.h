#pragma once
// Decides which items are shown given the current answers: FHIR enableWhen with
// enableBehavior all/any, where a hidden item hides its children and a hidden question's
// answers do not count for the conditions of later items.
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/core/forms/answers.h"
#include "stillpoint/core/forms/model.h"

namespace stillpoint::forms {

// Whether one condition holds for the given answers of its question.
bool condition_holds(const EnableCondition& condition, const std::vector<AnswerValue>& answers);

// The set of items shown for one set of answers, computed in one pass in document order
// (the loader guarantees conditions only look backwards, so one pass is enough).
class Enablement {
public:
  Enablement(const Questionnaire& form, const AnswerSet& answers);
  bool enabled(std::string_view link_id) const { return enabled_.count(link_id) > 0; }

private:
  std::set<std::string, std::less<>> enabled_;
};

}  // namespace stillpoint::forms
