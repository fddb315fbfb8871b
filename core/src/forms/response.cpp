#include "stillpoint/core/forms/response.h"

#include "stillpoint/core/civil_time.h"

namespace stillpoint::forms {

using nlohmann::json;

namespace {

// The value[x] entry for one answer; a decimal item's whole number is still a valueDecimal.
json answer_json(const Item& item, const AnswerValue& value) {
  if (item.type == ItemType::Decimal)
    if (const auto* i = std::get_if<std::int64_t>(&value))
      return {{"valueDecimal", static_cast<double>(*i)}};
  AnswerValue shown = value;
  if (auto* c = std::get_if<Coding>(&shown); c && c->display.empty())
    if (const AnswerOption* option = item.find_option(value)) c->display = option->label.text;
  return {{"value" + fhir_value_kind(value), fhir_value_json(shown)}};
}

struct Builder {
  const AnswerSet& answers;
  const Enablement& enablement;

  json items(const std::vector<Item>& list) const {
    json out = json::array();
    for (const auto& item : list)
      if (auto built = this->item(item); !built.is_null()) out.push_back(std::move(built));
    return out;
  }

  // The response item, or null when the item is hidden, a display, or holds no answers.
  json item(const Item& item) const {
    if (!enablement.enabled(item.link_id) || item.type == ItemType::Display) return nullptr;
    json children = items(item.children);
    json out = {{"linkId", item.link_id}};
    if (!item.text.empty()) out["text"] = item.text.text;
    if (item.type == ItemType::Group) {
      if (children.empty()) return nullptr;  // FHIR forbids empty groups in a response
      out["item"] = std::move(children);
      return out;
    }
    const auto& values = answers.of(item.link_id);
    if (values.empty()) return nullptr;  // a question's children live inside its answer
    json list = json::array();
    for (const auto& value : values) {
      json answer = answer_json(item, value);
      if (!children.empty()) answer["item"] = children;
      list.push_back(std::move(answer));
    }
    out["answer"] = std::move(list);
    return out;
  }
};

}  // namespace

json build_response(const Questionnaire& form, const AnswerSet& answers,
                    const Enablement& enablement, TimePoint authored) {
  json response = {{"resourceType", "QuestionnaireResponse"}, {"status", "completed"}};
  if (const auto canonical = form.canonical(); !canonical.empty())
    response["questionnaire"] = canonical;
  response["authored"] = format_timestamp(authored);
  json items = Builder{answers, enablement}.items(form.items());
  if (!items.empty()) response["item"] = std::move(items);
  return response;
}

}  // namespace stillpoint::forms
