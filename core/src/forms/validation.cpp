#include "stillpoint/core/forms/validation.h"

namespace stillpoint::forms {

namespace {

Problem problem(const Item& item, ProblemCode code, const std::string& why) {
  return {item.link_id, code, std::string(problem_code_name(code)) + ": " + why};
}

// Whether the value's kind is what an item of this type takes (option membership aside).
bool kind_fits(const Item& item, const AnswerValue& v) {
  switch (item.type) {
    case ItemType::Boolean: return std::holds_alternative<bool>(v);
    case ItemType::Integer: return std::holds_alternative<std::int64_t>(v);
    case ItemType::Decimal:
      return std::holds_alternative<double>(v) || std::holds_alternative<std::int64_t>(v);
    case ItemType::String:
    case ItemType::Text: return std::holds_alternative<std::string>(v);
    case ItemType::Date: return std::holds_alternative<Date>(v);
    case ItemType::Choice:
    case ItemType::OpenChoice:
      return std::holds_alternative<Coding>(v) || std::holds_alternative<std::string>(v) ||
             std::holds_alternative<std::int64_t>(v);
    default: return false;
  }
}

void check_range(const Item& item, const AnswerValue& v, std::vector<Problem>& out) {
  if (item.min_value) {
    const auto order = order_answers(v, *item.min_value);
    if (order && *order < 0) out.push_back(problem(item, ProblemCode::BelowMinimum, "below the minimum"));
  }
  if (item.max_value) {
    const auto order = order_answers(v, *item.max_value);
    if (order && *order > 0) out.push_back(problem(item, ProblemCode::AboveMaximum, "above the maximum"));
  }
}

void check_option(const Item& item, const AnswerValue& v, std::vector<Problem>& out) {
  if (item.find_option(v)) return;
  // open-choice takes free text besides its options
  if (item.type == ItemType::OpenChoice && std::holds_alternative<std::string>(v)) return;
  out.push_back(problem(item, ProblemCode::NotAnOption, "not one of the options"));
}

void check_length(const Item& item, const AnswerValue& v, std::vector<Problem>& out) {
  const auto* s = std::get_if<std::string>(&v);
  if (s && item.max_length && s->size() > *item.max_length)
    out.push_back(problem(item, ProblemCode::TooLong,
                          "longer than " + std::to_string(*item.max_length) + " bytes"));
}

void validate_answers(const Item& item, const std::vector<AnswerValue>& values,
                      std::vector<Problem>& out) {
  if (!item.is_question()) {
    if (!values.empty()) out.push_back(problem(item, ProblemCode::NotAQuestion, "not a question"));
    return;
  }
  if (values.empty() && item.required)
    out.push_back(problem(item, ProblemCode::Required, "an answer is needed"));
  if (values.size() > 1 && !item.repeats)
    out.push_back(problem(item, ProblemCode::TooMany, "only one answer is allowed"));
  for (const auto& v : values) {
    auto found = check_value(item, v);
    out.insert(out.end(), found.begin(), found.end());
  }
}

void validate_into(const Item& item, const AnswerSet& answers, const Enablement& enablement,
                   std::vector<Problem>& out) {
  if (!enablement.enabled(item.link_id)) return;  // hidden items are neither required nor sent
  validate_answers(item, answers.of(item.link_id), out);
  for (const auto& child : item.children) validate_into(child, answers, enablement, out);
}

}  // namespace

std::vector<Problem> check_value(const Item& item, const AnswerValue& value) {
  std::vector<Problem> out;
  if (!kind_fits(item, value)) {
    out.push_back(problem(item, ProblemCode::WrongType,
                          fhir_value_kind(value) + " does not fit a " + item_type_name(item.type) + " item"));
    return out;
  }
  if (item.has_options()) check_option(item, value, out);
  check_range(item, value, out);
  check_length(item, value, out);
  return out;
}

std::vector<Problem> validate_item(const Item& item, const AnswerSet& answers,
                                   const Enablement& enablement) {
  std::vector<Problem> out;
  validate_into(item, answers, enablement, out);
  return out;
}

std::vector<Problem> validate_form(const Questionnaire& form, const AnswerSet& answers,
                                   const Enablement& enablement) {
  std::vector<Problem> out;
  for (const auto& item : form.items()) validate_into(item, answers, enablement, out);
  for (const auto& [link_id, values] : answers.all())
    if (!form.find(link_id))
      out.push_back({link_id, ProblemCode::NotAQuestion, "not-a-question: no such item"});
  return out;
}

const char* problem_code_name(ProblemCode code) {
  switch (code) {
    case ProblemCode::Required: return "required";
    case ProblemCode::WrongType: return "wrong-type";
    case ProblemCode::NotAnOption: return "not-an-option";
    case ProblemCode::BelowMinimum: return "below-minimum";
    case ProblemCode::AboveMaximum: return "above-maximum";
    case ProblemCode::TooLong: return "too-long";
    case ProblemCode::TooMany: return "too-many";
    case ProblemCode::NotAQuestion: return "not-a-question";
    case ProblemCode::ReadOnly: return "read-only";
  }
  return "unknown";
}

}  // namespace stillpoint::forms
