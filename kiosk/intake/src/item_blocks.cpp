#include "item_blocks.h"

#include <memory>
#include <string>
#include <vector>

#include "stillpoint/core/forms/body_map.h"
#include "stillpoint/kiosk_intake/answer_field.h"
#include "stillpoint/kiosk_intake/answer_words.h"
#include "stillpoint/kiosk_intake/body_map.h"
#include "stillpoint/ui/layout.h"
#include "stillpoint/ui/widgets/choice_group.h"
#include "stillpoint/ui/widgets/label.h"
#include "stillpoint/ui/widgets/slider.h"

namespace stillpoint::kiosk_intake {

namespace {

using forms::Item;
using forms::ItemType;

constexpr int kBlockSpacing = 16;

std::int64_t as_int(const forms::AnswerValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return *i;
  if (const auto* d = std::get_if<double>(&v)) return static_cast<std::int64_t>(*d);
  return 0;
}

void add_question(ui::Column& block, const Item& item, BlockContext& c) {
  auto& q = block.add<ui::Label>(ui::literal(c.session.text(item)), ui::FontSize::normal);
  q.set_bold(true);
  if (item.required)
    block.add<ui::Label>(ui::literal(c.strings.get("intake.required")), ui::FontSize::small)
        .set_muted(true);
}

// Tiles side by side in landscape when there are several, so a page fits the short height.
int tile_columns(const BlockContext& c, std::size_t count) {
  if (!c.ui->metrics.landscape() || count < 3) return 1;
  return count >= 5 ? 3 : 2;
}

void add_choice(ui::Column& block, const Item& item, BlockContext& c) {
  const auto mode = item.repeats ? ui::SelectionMode::multiple : ui::SelectionMode::single;
  auto& group = block.add<ui::ChoiceGroup>(mode, tile_columns(c, item.options.size()));
  std::vector<std::string> selected;
  for (std::size_t i = 0; i < item.options.size(); ++i) {
    const auto& option = item.options[i];
    group.add_option(ui::literal(c.session.label(option)), std::to_string(i));
    if (c.session.is_selected(item.link_id, option.value)) selected.push_back(std::to_string(i));
  }
  group.set_selected(selected);
  group.set_on_change([&item, &c](const std::vector<std::string>& chosen) {
    std::vector<forms::AnswerValue> values;
    for (const auto& index : chosen) values.push_back(item.options[std::stoul(index)].value);
    if (values.empty()) c.session.clear_answer(item.link_id);
    else if (item.repeats) c.session.set_answers(item.link_id, std::move(values));
    else c.session.set_answer(item.link_id, values.front());
    c.changed();
  });
}

void add_boolean(ui::Column& block, const Item& item, BlockContext& c) {
  auto& group = block.add<ui::ChoiceGroup>(ui::SelectionMode::single, 2);
  group.add_option(ui::literal(c.strings.get("intake.yes")), "true");
  group.add_option(ui::literal(c.strings.get("intake.no")), "false");
  const auto& answers = c.session.answers(item.link_id);
  if (!answers.empty())
    if (const auto* b = std::get_if<bool>(&answers.front())) group.set_selected({*b ? "true" : "false"});
  group.set_on_change([&item, &c](const std::vector<std::string>& chosen) {
    if (chosen.empty()) return;
    c.session.set_answer(item.link_id, chosen.front() == "true");
    c.changed();
  });
}

void add_slider(ui::Column& block, const Item& item, BlockContext& c) {
  const int low = static_cast<int>(as_int(*item.min_value));
  const int high = static_cast<int>(as_int(*item.max_value));
  auto& slider = block.add<ui::Slider>(low, high);
  const auto& answers = c.session.answers(item.link_id);
  if (!answers.empty()) slider.set_value(static_cast<int>(as_int(answers.front())));
  slider.set_on_change([&item, &c](int value) {
    if (item.type == ItemType::Decimal) c.session.set_answer(item.link_id, static_cast<double>(value));
    else c.session.set_answer(item.link_id, static_cast<std::int64_t>(value));
    c.changed();
  });
}

std::string chosen_words(const Item& item, BlockContext& c) {
  const std::string list = answer_words(c.session, item, c.strings);
  return list.empty() ? c.strings.get("intake.body.none")
                      : c.strings.format("intake.body.chosen", {{"list", list}});
}

// Portrait: question, figures, then the chosen areas in words. Landscape: question and words in
// the block, the figures returned to go beside the page's column, as tall as the page.
std::unique_ptr<ui::Widget> add_body_map(ui::Column& block, const Item& item, BlockContext& c) {
  std::vector<std::string> offered;
  for (const auto& option : item.options)
    if (const auto* coding = std::get_if<forms::Coding>(&option.value)) offered.push_back(coding->code);
  auto coding_of = [&item](std::string_view code) -> const forms::AnswerValue* {
    for (const auto& option : item.options)
      if (const auto* coding = std::get_if<forms::Coding>(&option.value); coding && coding->code == code)
        return &option.value;
    return nullptr;
  };
  // The list label is made after the map; the map's callback finds it through this holder.
  auto chosen = std::make_shared<ui::Label*>(nullptr);
  auto map = std::make_unique<BodyMap>(
      offered, ui::literal(c.strings.get("intake.body.front")),
      ui::literal(c.strings.get("intake.body.back")),
      [&item, &c, coding_of](std::string_view code) {
        const auto* value = coding_of(code);
        return value && c.session.is_selected(item.link_id, *value);
      },
      [&item, &c, coding_of, chosen](std::string_view code) {
        if (const auto* value = coding_of(code)) c.session.toggle_answer(item.link_id, *value);
        if (*chosen) (*chosen)->set_text(ui::literal(chosen_words(item, c)));
        c.changed();
      });
  add_question(block, item, c);
  std::unique_ptr<ui::Widget> aside;
  if (c.aside_height > 0) {
    map->set_max_height(c.aside_height);
    aside = std::move(map);
  } else {
    // Leaves room for the question and the chosen words around the map on the same part.
    const int line = c.ui->text->line_height(ui::FontSize::normal);
    map->set_max_height(c.max_height - 4 * line - 4 * c.ui->px(kBlockSpacing));
    block.adopt(std::move(map));
  }
  *chosen = &block.add<ui::Label>(ui::literal(chosen_words(item, c)), ui::FontSize::normal);
  return aside;
}

void add_field(ui::Column& block, const Item& item, BlockContext& c) {
  block.add<AnswerField>(answer_words(c.session, item, c.strings),
                         ui::literal(c.strings.get("intake.tap_to_type")),
                         [&item, &c] { c.edit(item); });
}

}  // namespace

ItemBlock make_item_block(const Item& item, BlockContext& c) {
  if (item.type == ItemType::Display)
    return {std::make_unique<ui::Label>(ui::literal(c.session.text(item)), ui::FontSize::normal),
            nullptr};
  auto block = std::make_unique<ui::Column>(kBlockSpacing);
  if (item.control == forms::Control::BodyMap) {
    auto aside = add_body_map(*block, item, c);  // places its own question text
    return {std::move(block), std::move(aside)};
  }
  add_question(*block, item, c);
  if (item.control == forms::Control::Slider) add_slider(*block, item, c);
  else if (item.type == ItemType::Boolean) add_boolean(*block, item, c);
  else if (item.has_options()) add_choice(*block, item, c);
  else add_field(*block, item, c);
  return {std::move(block), nullptr};
}

}  // namespace stillpoint::kiosk_intake
