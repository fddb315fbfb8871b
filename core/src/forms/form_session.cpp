#include "stillpoint/core/forms/form_session.h"

#include <algorithm>

#include "stillpoint/core/forms/response.h"

namespace stillpoint::forms {

namespace {

AnswerSet initial_answers(const Questionnaire& form) {
  AnswerSet answers;
  for (const Item* item : form.in_order()) {
    std::vector<AnswerValue> values = item->initial;
    for (const auto& option : item->options)
      if (option.initial_selected) values.push_back(option.value);
    answers.set(item->link_id, std::move(values));
  }
  return answers;
}

}  // namespace

std::vector<Page> paginate(const Questionnaire& form) {
  std::vector<Page> pages;
  bool in_loose_run = false;
  for (const auto& item : form.items()) {
    if (item.type == ItemType::Group) {
      pages.push_back({&item, {}});
      for (const auto& child : item.children) pages.back().items.push_back(&child);
      in_loose_run = false;
    } else {
      if (!in_loose_run) pages.push_back({nullptr, {}});
      pages.back().items.push_back(&item);
      in_loose_run = true;
    }
  }
  return pages;
}

FormSession::FormSession(std::shared_ptr<const Questionnaire> form, std::string language)
    : form_(std::move(form)), pages_(paginate(*form_)), answers_(initial_answers(*form_)),
      language_(std::move(language)) {}

const Enablement& FormSession::enablement() const {
  if (!enablement_) enablement_.emplace(*form_, answers_);
  return *enablement_;
}

bool FormSession::is_shown(std::string_view link_id) const { return enablement().enabled(link_id); }

bool FormSession::page_shown(std::size_t index) const {
  const Page& page = pages_.at(index);
  if (page.group) return is_shown(page.group->link_id);
  return std::any_of(page.items.begin(), page.items.end(),
                     [&](const Item* item) { return is_shown(item->link_id); });
}

void FormSession::add_visible(const Item& item, int depth, std::vector<VisibleItem>& out) const {
  if (!is_shown(item.link_id)) return;
  out.push_back({&item, depth});
  for (const auto& child : item.children) add_visible(child, depth + 1, out);
}

std::vector<VisibleItem> FormSession::visible_items(std::size_t index) const {
  std::vector<VisibleItem> out;
  const Page& page = pages_.at(index);
  if (page.group && !is_shown(page.group->link_id)) return out;
  for (const Item* item : page.items) add_visible(*item, 0, out);
  return out;
}

std::optional<Problem> FormSession::check_settable(std::string_view link_id,
                                                   const std::vector<AnswerValue>& values) const {
  const Item* item = form_->find(link_id);
  if (!item || !item->is_question())
    return Problem{std::string(link_id), ProblemCode::NotAQuestion, "not-a-question: cannot be answered"};
  if (item->read_only) return Problem{item->link_id, ProblemCode::ReadOnly, "read-only: cannot be changed"};
  if (values.size() > 1 && !item->repeats)
    return Problem{item->link_id, ProblemCode::TooMany, "too-many: only one answer is allowed"};
  for (const auto& value : values)
    for (const auto& p : check_value(*item, value))
      if (p.code == ProblemCode::WrongType || p.code == ProblemCode::NotAnOption) return p;
  return std::nullopt;
}

std::optional<Problem> FormSession::set_answer(std::string_view link_id, AnswerValue value) {
  return set_answers(link_id, {std::move(value)});
}

std::optional<Problem> FormSession::set_answers(std::string_view link_id, std::vector<AnswerValue> values) {
  if (auto problem = check_settable(link_id, values)) return problem;
  answers_.set(std::string(link_id), std::move(values));
  changed();
  return std::nullopt;
}

std::optional<Problem> FormSession::toggle_answer(std::string_view link_id, const AnswerValue& value) {
  std::vector<AnswerValue> values = answers(link_id);
  const auto it = std::find_if(values.begin(), values.end(),
                               [&](const AnswerValue& v) { return same_answer(v, value); });
  if (it != values.end()) values.erase(it);
  else values.push_back(value);
  return set_answers(link_id, std::move(values));
}

void FormSession::clear_answer(std::string_view link_id) {
  answers_.clear(link_id);
  changed();
}

void FormSession::clear() {
  answers_ = initial_answers(*form_);
  changed();
}

const std::vector<AnswerValue>& FormSession::answers(std::string_view link_id) const {
  return answers_.of(link_id);
}

bool FormSession::is_selected(std::string_view link_id, const AnswerValue& value) const {
  const auto& values = answers(link_id);
  return std::any_of(values.begin(), values.end(),
                     [&](const AnswerValue& v) { return same_answer(v, value); });
}

bool FormSession::has_entries() const {
  const AnswerSet initial = initial_answers(*form_);
  if (initial.all().size() != answers_.all().size()) return true;
  for (const auto& [link_id, values] : answers_.all()) {
    const auto& before = initial.of(link_id);
    if (before.size() != values.size() ||
        !std::equal(values.begin(), values.end(), before.begin(), same_answer))
      return true;
  }
  return false;
}

std::vector<Problem> FormSession::validate_page(std::size_t index) const {
  std::vector<Problem> out;
  for (const Item* item : pages_.at(index).items) {
    auto found = validate_item(*item, answers_, enablement());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

std::vector<Problem> FormSession::validate() const {
  return validate_form(*form_, answers_, enablement());
}

const std::string& FormSession::language() const {
  return language_.empty() ? form_->language() : language_;
}

bool FormSession::is_urgent() const {
  for (const auto& [link_id, values] : answers_.all()) {
    const Item* item = form_->find(link_id);
    if (!item || !is_shown(link_id)) continue;
    for (const auto& value : values)
      if (const AnswerOption* option = item->find_option(value); option && option->urgent) return true;
  }
  return false;
}

nlohmann::json FormSession::build_response(TimePoint authored) const {
  return forms::build_response(*form_, answers_, enablement(), authored);
}

}  // namespace stillpoint::forms
