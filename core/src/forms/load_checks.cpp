#include "load_checks.h"

#include <set>

#include "stillpoint/core/forms/body_map.h"
#include "stillpoint/core/forms/load_error.h"
#include "stillpoint/core/forms/validation.h"

namespace stillpoint::forms {

namespace {

void refuse(const Item& item, const std::string& why) { throw FormLoadError(item.link_id, why); }

bool is_number_type(ItemType t) { return t == ItemType::Integer || t == ItemType::Decimal; }

void check_structure(const Item& item) {
  if (item.type == ItemType::Group && item.children.empty()) refuse(item, "a group needs items");
  if (item.type == ItemType::Group && item.repeats) refuse(item, "repeating groups cannot be rendered");
  if (item.type == ItemType::Display && !item.children.empty()) refuse(item, "a display item cannot have items");
  if (item.type == ItemType::Display && (item.required || item.repeats))
    refuse(item, "a display item cannot be required or repeat");
  if (item.is_question() && item.repeats && !item.children.empty())
    refuse(item, "a repeating question cannot have child items");
}

void check_options(const Item& item) {
  if (!item.options.empty() && !item.has_options())
    refuse(item, std::string("answerOption is only for choice items, not ") + item_type_name(item.type));
  if (item.type == ItemType::Choice && item.options.empty()) refuse(item, "a choice item needs answerOption");
  if (item.max_length && item.type != ItemType::String && item.type != ItemType::Text &&
      item.type != ItemType::OpenChoice)
    refuse(item, "maxLength is only for string, text and open-choice items");
}

void check_body_map(const Item& item) {
  if (!item.has_options()) refuse(item, "the body map is only for choice items");
  for (const auto& option : item.options) {
    const auto* c = std::get_if<Coding>(&option.value);
    if (!c || c->system != kBodyRegionSystem || !body_region_side(c->code))
      refuse(item, "body map options must be body-region codings the renderer can draw");
  }
}

void check_control(const Item& item) {
  switch (item.control) {
    case Control::BodyMap: check_body_map(item); break;
    case Control::Slider:
      if (!is_number_type(item.type)) refuse(item, "a slider is only for integer and decimal items");
      if (!item.min_value || !item.max_value) refuse(item, "a slider needs minValue and maxValue");
      break;
    case Control::CheckBox:
      if (!item.has_options() && item.type != ItemType::Boolean)
        refuse(item, "check-box is only for choice and boolean items");
      break;
    case Control::RadioButton:
    case Control::DropDown:
      if (!item.has_options()) refuse(item, "radio-button and drop-down are only for choice items");
      break;
    case Control::Default: break;
  }
}

void check_range(const Item& item, const std::optional<AnswerValue>& bound, const char* name) {
  if (!bound) return;
  const bool fits = (is_number_type(item.type) &&
                     (std::holds_alternative<std::int64_t>(*bound) || std::holds_alternative<double>(*bound))) ||
                    (item.type == ItemType::Date && std::holds_alternative<Date>(*bound));
  if (!fits) refuse(item, std::string(name) + " does not fit a " + item_type_name(item.type) + " item");
}

void check_initial(const Item& item) {
  if (!item.initial.empty() && !item.is_question()) refuse(item, "only questions have initial values");
  if (item.initial.size() > 1 && !item.repeats) refuse(item, "several initial values need repeats");
  for (const auto& value : item.initial)
    if (const auto problems = check_value(item, value); !problems.empty())
      refuse(item, "initial value: " + problems.front().message);
}

// Whether an enableWhen answer of this kind can be compared with answers to `question`.
bool answer_fits(const Item& question, const EnableCondition& c) {
  const AnswerValue& a = c.answer;
  if (c.op == Operator::Exists) return std::holds_alternative<bool>(a);
  if (question.has_options())
    return fhir_value_kind(a) == fhir_value_kind(question.options.front().value) ||
           (question.type == ItemType::OpenChoice && std::holds_alternative<std::string>(a));
  switch (question.type) {
    case ItemType::Boolean: return std::holds_alternative<bool>(a);
    case ItemType::Integer:
    case ItemType::Decimal:
      return std::holds_alternative<std::int64_t>(a) || std::holds_alternative<double>(a);
    case ItemType::Date: return std::holds_alternative<Date>(a);
    default: return std::holds_alternative<std::string>(a);
  }
}

bool is_ordering(Operator op) {
  return op != Operator::Exists && op != Operator::Equal && op != Operator::NotEqual;
}

void check_condition(const Item& item, const EnableCondition& c, const Questionnaire& form,
                     const std::set<std::string_view>& earlier) {
  const Item* question = form.find(c.question);
  if (!question) refuse(item, "enableWhen names \"" + c.question + "\", which does not exist");
  if (!earlier.count(c.question))
    refuse(item, "enableWhen names \"" + c.question + "\", which is not an earlier item");
  if (!question->is_question()) refuse(item, "enableWhen names \"" + c.question + "\", which is not a question");
  if (!answer_fits(*question, c))
    refuse(item, "enableWhen answer does not fit question \"" + c.question + "\"");
  const bool ordered = std::holds_alternative<std::int64_t>(c.answer) ||
                       std::holds_alternative<double>(c.answer) || std::holds_alternative<Date>(c.answer);
  if (is_ordering(c.op) && !ordered) refuse(item, "enableWhen can only order numbers and dates");
}

}  // namespace

void check_item_shape(const Item& item) {
  check_structure(item);
  check_options(item);
  check_control(item);
  check_range(item, item.min_value, "minValue");
  check_range(item, item.max_value, "maxValue");
  check_initial(item);
}

void check_references(const Questionnaire& form) {
  std::set<std::string_view> earlier;
  for (const Item* item : form.in_order()) {
    for (const auto& c : item->enable_when) check_condition(*item, c, form, earlier);
    if (!earlier.insert(item->link_id).second) refuse(*item, "the linkId is used twice");
  }
}

}  // namespace stillpoint::forms
