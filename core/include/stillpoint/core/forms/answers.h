#pragma once
// The answers a person has given so far, keyed by linkId. Holds values only; whether an
// answer counts (its item may be hidden) is decided by enablement, not here.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/core/forms/value.h"

namespace stillpoint::forms {

// Answers by linkId. An item with no entry (or an empty list) is unanswered.
class AnswerSet {
public:
  // The answers of `link_id`, empty when unanswered.
  const std::vector<AnswerValue>& of(std::string_view link_id) const;
  bool has(std::string_view link_id) const { return !of(link_id).empty(); }
  // Replaces the answers of `link_id`; an empty list clears it.
  void set(const std::string& link_id, std::vector<AnswerValue> values);
  void clear(std::string_view link_id);
  void clear_all() { values_.clear(); }
  bool empty() const { return values_.empty(); }
  const std::map<std::string, std::vector<AnswerValue>, std::less<>>& all() const { return values_; }

private:
  std::map<std::string, std::vector<AnswerValue>, std::less<>> values_;
};

}  // namespace stillpoint::forms
