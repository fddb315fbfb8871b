#include "stillpoint/core/forms/answers.h"

namespace stillpoint::forms {

const std::vector<AnswerValue>& AnswerSet::of(std::string_view link_id) const {
  static const std::vector<AnswerValue> none;
  const auto it = values_.find(link_id);
  return it == values_.end() ? none : it->second;
}

void AnswerSet::set(const std::string& link_id, std::vector<AnswerValue> values) {
  if (values.empty()) {
    values_.erase(link_id);
    return;
  }
  values_[link_id] = std::move(values);
}

void AnswerSet::clear(std::string_view link_id) {
  if (const auto it = values_.find(link_id); it != values_.end()) values_.erase(it);
}

}  // namespace stillpoint::forms
