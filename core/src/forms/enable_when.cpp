#include "stillpoint/core/forms/enable_when.h"

#include <algorithm>

namespace stillpoint::forms {

namespace {

// Whether one answer satisfies an ordering or equality operator against `expected`.
bool compares(Operator op, const AnswerValue& answer, const AnswerValue& expected) {
  if (op == Operator::Equal) return same_answer(answer, expected);
  const auto order = order_answers(answer, expected);
  if (!order) return false;
  switch (op) {
    case Operator::Greater: return *order > 0;
    case Operator::Less: return *order < 0;
    case Operator::GreaterOrEqual: return *order >= 0;
    case Operator::LessOrEqual: return *order <= 0;
    default: return false;
  }
}

}  // namespace

bool condition_holds(const EnableCondition& c, const std::vector<AnswerValue>& answers) {
  const auto matches = [&](const AnswerValue& a) { return compares(c.op, a, c.answer); };
  switch (c.op) {
    case Operator::Exists: return std::get<bool>(c.answer) == !answers.empty();
    // FHIR: "!=" holds when no answer equals the value, which includes having no answer.
    case Operator::NotEqual:
      return std::none_of(answers.begin(), answers.end(),
                          [&](const AnswerValue& a) { return same_answer(a, c.answer); });
    default: return std::any_of(answers.begin(), answers.end(), matches);
  }
}

Enablement::Enablement(const Questionnaire& form, const AnswerSet& answers) {
  static const std::vector<AnswerValue> none;
  // Walks the tree so a hidden parent hides its children without evaluating them.
  const auto visit = [&](const auto& self, const Item& item) -> void {
    const auto holds = [&](const EnableCondition& c) {
      return condition_holds(c, enabled(c.question) ? answers.of(c.question) : none);
    };
    const auto& conds = item.enable_when;
    const bool shown = conds.empty() ||
                       (item.enable_when_any ? std::any_of(conds.begin(), conds.end(), holds)
                                             : std::all_of(conds.begin(), conds.end(), holds));
    if (!shown) return;
    enabled_.insert(item.link_id);
    for (const auto& child : item.children) self(self, child);
  };
  for (const auto& item : form.items()) visit(visit, item);
}

}  // namespace stillpoint::forms
