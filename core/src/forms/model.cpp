#include "stillpoint/core/forms/model.h"

#include <algorithm>

namespace stillpoint::forms {

const AnswerOption* Item::find_option(const AnswerValue& value) const {
  for (const auto& option : options)
    if (same_answer(option.value, value)) return &option;
  return nullptr;
}

Questionnaire::Questionnaire(std::string url, std::string version, std::string language,
                             LocalizedText title, std::vector<Item> items)
    : url_(std::move(url)),
      version_(std::move(version)),
      language_(language.empty() ? "en" : std::move(language)),
      title_(std::move(title)),
      items_(std::move(items)) {
  languages_.push_back(language_);
  note_languages(title_);
  for (const auto& item : items_) index(item);
}

void Questionnaire::index(const Item& item) {
  order_.push_back(&item);
  by_id_.emplace(item.link_id, &item);
  note_languages(item.text);
  for (const auto& option : item.options) note_languages(option.label);
  for (const auto& child : item.children) index(child);
}

void Questionnaire::note_languages(const LocalizedText& text) {
  for (const auto& [language, translated] : text.translations)
    if (std::find(languages_.begin(), languages_.end(), language) == languages_.end())
      languages_.push_back(language);
}

std::string Questionnaire::canonical() const {
  if (url_.empty() || version_.empty()) return url_;
  return url_ + "|" + version_;
}

const Item* Questionnaire::find(std::string_view link_id) const {
  const auto it = by_id_.find(link_id);
  return it == by_id_.end() ? nullptr : it->second;
}

const char* item_type_name(ItemType type) {
  switch (type) {
    case ItemType::Group: return "group";
    case ItemType::Display: return "display";
    case ItemType::Boolean: return "boolean";
    case ItemType::Choice: return "choice";
    case ItemType::OpenChoice: return "open-choice";
    case ItemType::Integer: return "integer";
    case ItemType::Decimal: return "decimal";
    case ItemType::String: return "string";
    case ItemType::Text: return "text";
    case ItemType::Date: return "date";
  }
  return "unknown";
}

}  // namespace stillpoint::forms
