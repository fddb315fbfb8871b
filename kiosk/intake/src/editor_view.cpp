// The editor view of IntakeFlow: one typed answer with room for the whole on-screen keyboard
// (text) or keypad (numbers, dates). Done checks the value kindly and goes back to the page.
#include <charconv>

#include "stillpoint/kiosk_intake/answer_words.h"
#include "stillpoint/kiosk_intake/intake_flow.h"
#include "stillpoint/ui/app.h"
#include "stillpoint/ui/layout.h"
#include "stillpoint/ui/widgets/button.h"
#include "stillpoint/ui/widgets/keyboard.h"
#include "stillpoint/ui/widgets/keypad.h"
#include "stillpoint/ui/widgets/label.h"
#include "stillpoint/ui/widgets/text_field.h"

namespace stillpoint::kiosk_intake {

namespace {

using forms::ItemType;

bool numeric(const forms::Item& item) {
  return item.type == ItemType::Integer || item.type == ItemType::Decimal ||
         item.type == ItemType::Date;
}

// "04/21/1990" (or "21/04/1990") to a date; nothing when it is not a real day.
std::optional<Date> read_date(const std::string& text, bool day_first) {
  unsigned a = 0, b = 0;
  int y = 0;
  if (std::sscanf(text.c_str(), "%u/%u/%d", &a, &b, &y) != 3 || y < 1000) return std::nullopt;
  const Date date{std::chrono::year{y}, std::chrono::month{day_first ? b : a},
                  std::chrono::day{day_first ? a : b}};
  return date.ok() ? std::optional<Date>(date) : std::nullopt;
}

// The typed text as the item's kind of value, or nothing when it does not read as one.
std::optional<forms::AnswerValue> read_value(const forms::Item& item, const std::string& text,
                                             const IntakeStrings& strings) {
  if (item.type == ItemType::Integer) {
    std::int64_t n = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
    return forms::AnswerValue{n};
  }
  if (item.type == ItemType::Decimal) {
    char* end = nullptr;
    const double d = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size()) return std::nullopt;
    return forms::AnswerValue{d};
  }
  if (item.type == ItemType::Date) {
    const auto date = read_date(text, strings.get("intake.date.order") == "dmy");
    return date ? std::optional<forms::AnswerValue>(*date) : std::nullopt;
  }
  return forms::AnswerValue{text};
}

}  // namespace

void IntakeFlow::open_editor(const forms::Item& item) {
  editing_ = &item;
  editor_notice_.clear();
  view_ = View::editor;
  render();
}

void IntakeFlow::finish_editor(bool keep) {
  const forms::Item& item = *editing_;
  const std::string typed = editor_field_ ? editor_field_->value() : std::string{};
  if (keep && typed.empty()) {
    session_.clear_answer(item.link_id);
  } else if (keep) {
    const auto value = read_value(item, typed, strings_);
    std::vector<forms::Problem> problems;
    if (value) problems = forms::check_value(item, *value);
    if (!value || !problems.empty()) {
      editor_notice_ = !value ? strings_.get(item.type == ItemType::Date ? "intake.date.invalid"
                                                                          : "intake.number.invalid")
                              : problem_words(problems.front());
      const std::string draft = typed;
      render();
      if (editor_field_) editor_field_->set_value(draft);
      return;
    }
    session_.set_answer(item.link_id, *value);
  }
  if (editor_field_) editor_field_->clear();  // overwrite the typed bytes before they are dropped
  editing_ = nullptr;
  editor_notice_.clear();
  go_to_page(page_, Target::anchor, item.link_id);
}

void IntakeFlow::build_editor() {
  const forms::Item& item = *editing_;
  // Landscape: question and field beside the keys. Portrait: the keys low, near the hands,
  // with Cancel/Done under them.
  const bool landscape = app()->context().metrics.landscape();
  ui::Column* left = &root();
  ui::Column* right = &root();
  if (landscape) {
    auto& split = root().add<ui::Split>(56);
    split.set_flex(1);
    left = &split.add<ui::Column>(24);
    right = &split.add<ui::Column>(24);
  }
  left->add<ui::Label>(ui::literal(session_.text(item)), ui::FontSize::large).set_bold(true);
  if (item.min_value && item.max_value)
    left->add<ui::Label>(ui::literal(strings_.format(
                             "intake.number.range",
                             {{"min", value_words(session_, item, *item.min_value, strings_)},
                              {"max", value_words(session_, item, *item.max_value, strings_)}})),
                         ui::FontSize::small)
        .set_muted(true);
  const ui::Text placeholder = item.type == ItemType::Date
                                   ? ui::literal(strings_.get("intake.date.placeholder"))
                                   : ui::Text{};
  auto& field = left->add<ui::TextField>(placeholder, item.max_length.value_or(numeric(item) ? 10 : 300));
  field.set_value(answer_words(session_, item, strings_));
  editor_field_ = &field;
  if (!editor_notice_.empty()) left->add<ui::Label>(ui::literal(editor_notice_)).set_bold(true);
  if (!landscape) root().add<ui::Spacer>(0, 1);
  const ui::Text erase = ui::literal(strings_.get("intake.keyboard.delete"));
  if (!numeric(item))
    right->add<ui::Keyboard>(ui::literal(strings_.get("intake.keyboard.space")), erase,
                             ui::literal(strings_.get("intake.keyboard.shift")),
                             ui::literal(strings_.get("intake.keyboard.symbols")),
                             ui::literal(strings_.get("intake.keyboard.letters")));
  else if (item.type == ItemType::Integer)
    right->add<ui::Keypad>(erase);
  else
    right->add<ui::Keypad>(erase, std::string(item.type == ItemType::Date ? "/" : "."));
  auto& row = (landscape ? *left : root()).add<ui::Row>(24);
  row.add<ui::Button>(ui::literal(strings_.get("intake.cancel")), [this] { back(); },
                      ui::ButtonStyle::secondary);
  // Half a landscape screen holds "Cancelar" only on an even share.
  row.add<ui::Button>(ui::literal(strings_.get("intake.done")), [this] { next(); }).set_flex(landscape ? 1 : 2);
}

}  // namespace stillpoint::kiosk_intake
