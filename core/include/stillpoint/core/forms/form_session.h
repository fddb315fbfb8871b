#pragma once
// The engine a renderer drives: one person's pass through one questionnaire. It knows the
// pages, which items are shown for the current answers, the text in the chosen language,
// whether the answers so far are urgent, and builds the response at the end.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stillpoint/core/clock.h"
#include "stillpoint/core/forms/answers.h"
#include "stillpoint/core/forms/enable_when.h"
#include "stillpoint/core/forms/model.h"
#include "stillpoint/core/forms/validation.h"

namespace stillpoint::forms {

// One screen of the form: a top-level group, or a run of consecutive top-level items that are
// not groups (so flat instruments such as PHQ-9 still page sensibly).
struct Page {
  const Item* group = nullptr;      // nullptr for a run of loose top-level items
  std::vector<const Item*> items;  // the group's children, or the loose items themselves
};

// An item to draw on a page, with its nesting depth below the page (0 = directly on the page).
struct VisibleItem {
  const Item* item = nullptr;
  int depth = 0;
};

// One person's answers to one questionnaire, plus the language they are reading it in.
// Answers are values (codes, numbers, text), so changing the language never loses one.
// The session never logs; answers leave it only through build_response().
class FormSession {
public:
  // Starts with the questionnaire's initial values; `language` empty means the form's own.
  explicit FormSession(std::shared_ptr<const Questionnaire> form, std::string language = {});

  const Questionnaire& form() const { return *form_; }

  // --- pages ---
  // The pages in order, shown or not.
  const std::vector<Page>& pages() const { return pages_; }
  // Whether page `index` has anything to show for the current answers (skip it when not).
  bool page_shown(std::size_t index) const;
  // The shown items of page `index` in document order, children after their parent.
  std::vector<VisibleItem> visible_items(std::size_t index) const;
  // Whether the item is shown: its enableWhen holds and every ancestor is shown.
  bool is_shown(std::string_view link_id) const;

  // --- answers ---
  // Replaces the answer(s) of a question. Refused (returning the problem, storing nothing)
  // when the item is unknown, not a question, read-only, the value has the wrong type, a
  // choice value is not an option, or several values go to a question that does not repeat.
  // Out-of-range and too-long values are stored and reported by validate().
  std::optional<Problem> set_answer(std::string_view link_id, AnswerValue value);
  std::optional<Problem> set_answers(std::string_view link_id, std::vector<AnswerValue> values);
  // For repeating questions (check boxes, body map): adds the value, or removes it if present.
  std::optional<Problem> toggle_answer(std::string_view link_id, const AnswerValue& value);
  // Removes the answer(s) of one question.
  void clear_answer(std::string_view link_id);
  // Wipes every answer a person gave (the kiosk calls it when someone walks away); initial
  // values come back, because they are the form's, not the person's.
  void clear();
  const std::vector<AnswerValue>& answers(std::string_view link_id) const;
  // Whether `value` is among the answers of `link_id` (for highlighting a tile or region).
  bool is_selected(std::string_view link_id, const AnswerValue& value) const;
  // Whether the person has entered anything beyond the form's initial values.
  bool has_entries() const;

  // --- validation ---
  std::vector<Problem> validate_page(std::size_t index) const;
  std::vector<Problem> validate() const;

  // --- language ---
  void set_language(std::string language) { language_ = std::move(language); }
  // The reading language ("es"), or the form's own language.
  const std::string& language() const;
  const std::string& title() const { return form_->title().in(language()); }
  const std::string& text(const Item& item) const { return item.text.in(language()); }
  const std::string& label(const AnswerOption& option) const { return option.label.in(language()); }

  // --- outcome ---
  // Whether any shown answer is an option flagged urgent (e.g. "yes, as soon as possible").
  bool is_urgent() const;
  // A completed QuestionnaireResponse of the shown answers. Call validate() first.
  nlohmann::json build_response(TimePoint authored) const;

private:
  const Enablement& enablement() const;
  void changed() { enablement_.reset(); }
  void add_visible(const Item& item, int depth, std::vector<VisibleItem>& out) const;
  std::optional<Problem> check_settable(std::string_view link_id,
                                        const std::vector<AnswerValue>& values) const;

  std::shared_ptr<const Questionnaire> form_;
  std::vector<Page> pages_;
  AnswerSet answers_;
  std::string language_;
  mutable std::optional<Enablement> enablement_;  // recomputed after each change
};

// Splits a questionnaire into pages: one per top-level group, loose items grouped by runs.
std::vector<Page> paginate(const Questionnaire& form);

}  // namespace stillpoint::forms
