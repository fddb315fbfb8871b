#pragma once
// The Questionnaire as the engine understands it, after loading has checked that every part
// can be rendered. Plain data: the session and the renderer only read it.
#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "stillpoint/core/forms/text.h"
#include "stillpoint/core/forms/value.h"

namespace stillpoint::forms {

// The FHIR R4 item types the kiosk can show.
enum class ItemType { Group, Display, Boolean, Choice, OpenChoice, Integer, Decimal, String, Text, Date };

// How the renderer should draw a question. Default means "pick the natural control for the type".
enum class Control { Default, Slider, CheckBox, RadioButton, DropDown, BodyMap };

// enableWhen operators, in FHIR's spelling: exists, =, !=, >, <, >=, <=.
enum class Operator { Exists, Equal, NotEqual, Greater, Less, GreaterOrEqual, LessOrEqual };

// One permitted answer of a choice item. `urgent` is Stillpoint's answer flag: choosing this
// option marks the visit urgent so staff can come to the person quickly.
struct AnswerOption {
  AnswerValue value;
  LocalizedText label;  // the coding's display or the string itself, with translations
  bool initial_selected = false;
  bool urgent = false;
};

// One enableWhen condition: `question` compared with `answer` by `op`. For Exists the
// answer is a bool (true: "has an answer").
struct EnableCondition {
  std::string question;
  Operator op = Operator::Equal;
  AnswerValue answer;
};

// One item of the questionnaire: a group, a display text or a question, with its children.
// Whether it is shown depends on its enableWhen and on its ancestors being shown.
struct Item {
  std::string link_id;
  ItemType type = ItemType::Display;
  LocalizedText text;
  std::string prefix;
  bool required = false;
  bool repeats = false;
  bool read_only = false;
  std::optional<std::size_t> max_length;
  std::optional<AnswerValue> min_value;
  std::optional<AnswerValue> max_value;
  Control control = Control::Default;
  std::vector<AnswerOption> options;
  std::vector<AnswerValue> initial;
  std::vector<EnableCondition> enable_when;
  bool enable_when_any = false;  // enableBehavior "any"; otherwise all must hold
  std::vector<Item> children;

  bool is_question() const { return type != ItemType::Group && type != ItemType::Display; }
  // Whether the item offers options to pick from (choice or open-choice).
  bool has_options() const { return type == ItemType::Choice || type == ItemType::OpenChoice; }
  // The option equal to `value`, or nullptr.
  const AnswerOption* find_option(const AnswerValue& value) const;
};

// A loaded questionnaire. Items are stored as a tree; `find` reaches any item by linkId.
// Once built it is never modified, so pointers to its items stay valid for its lifetime.
class Questionnaire {
public:
  Questionnaire(std::string url, std::string version, std::string language, LocalizedText title,
                std::vector<Item> items);
  Questionnaire(const Questionnaire&) = delete;
  Questionnaire& operator=(const Questionnaire&) = delete;

  // The canonical to cite in a response: "url|version", "url", or empty when the form has no url.
  std::string canonical() const;
  const std::string& url() const { return url_; }
  const std::string& language() const { return language_; }
  const LocalizedText& title() const { return title_; }
  const std::vector<Item>& items() const { return items_; }
  // The item with `link_id`, or nullptr.
  const Item* find(std::string_view link_id) const;
  // Every item in document order (parents before children): the order enableWhen is evaluated in.
  const std::vector<const Item*>& in_order() const { return order_; }
  // The form's own language first, then every language some text is translated into.
  const std::vector<std::string>& languages() const { return languages_; }

private:
  void index(const Item& item);
  void note_languages(const LocalizedText& text);

  std::string url_, version_, language_;
  LocalizedText title_;
  std::vector<Item> items_;
  std::vector<const Item*> order_;
  std::vector<std::string> languages_;
  std::map<std::string, const Item*, std::less<>> by_id_;
};

// The FHIR name of an item type ("open-choice").
const char* item_type_name(ItemType type);

}  // namespace stillpoint::forms
