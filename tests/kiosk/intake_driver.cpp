#include "intake_driver.h"

#include <doctest/doctest.h>

#include "stillpoint/ui/widgets/keyboard.h"
#include "stillpoint/ui/widgets/slider.h"

namespace stillpoint::kiosk::test {

namespace {

template <class F>
void walk(ui::Widget& w, F&& visit) {
  if (!w.visible()) return;
  visit(w);
  for (const auto& child : w.children()) walk(*child, visit);
}

// The block (Column) whose question label reads exactly `question`.
ui::Widget* block_of(Kiosk& k, std::string_view question) {
  k.app->pump();
  for (ui::Widget* w : k.app->top()->all_widgets())
    if (dynamic_cast<ui::Label*>(w) && w->label(k.app->context()) == question && w->parent())
      return w->parent();
  return nullptr;
}

ui::Widget* labelled(Kiosk& k, ui::Widget& root, std::string_view label) {
  ui::Widget* found = nullptr;
  walk(root, [&](ui::Widget& w) {
    if (!found && w.interactive() && w.label(k.app->context()) == label) found = &w;
  });
  return found;
}

// The block of `question`, pressing Next until it is on the part shown.
ui::Widget& find_block(Kiosk& k, std::string_view question) {
  for (int tries = 0; tries < 6; ++tries) {
    if (ui::Widget* block = block_of(k, question)) return *block;
    INFO("on screen: " << k.shown());
    REQUIRE_MESSAGE(k.has_label(intake_word(k, "intake.next")), "question not shown: " << question);
    k.tap(intake_word(k, "intake.next"));
  }
  FAIL("never found the question \"" << question << "\"");
  throw;  // unreachable: FAIL throws
}

ui::Keyboard* keyboard(Kiosk& k) {
  for (ui::Widget* w : k.app->top()->all_widgets())
    if (auto* kb = dynamic_cast<ui::Keyboard*>(w)) return kb;
  return nullptr;
}

}  // namespace

kiosk_intake::IntakeFlow& intake_of(Kiosk& k) {
  k.app->pump();
  auto* flow = dynamic_cast<kiosk_intake::IntakeFlow*>(k.app->top());
  REQUIRE_MESSAGE(flow != nullptr, "the walk-in form is not shown");
  return *flow;
}

std::string intake_word(Kiosk& k, const std::string& key) { return intake_of(k).strings().get(key); }

void intake_tap_in(Kiosk& k, std::string_view question, std::string_view label) {
  ui::Widget& block = find_block(k, question);
  ui::Widget* target = labelled(k, block, label);
  REQUIRE_MESSAGE(target != nullptr, "no \"" << label << "\" under \"" << question << "\"");
  k.tap_at(target->bounds().center());
}

void intake_tap_region(Kiosk& k, std::string_view question, std::string_view code,
                       kiosk_intake::FigureView view) {
  ui::Widget& block = find_block(k, question);
  kiosk_intake::BodyMap* map = nullptr;
  // Landscape puts the question beside the map: look from the row holding both.
  for (ui::Widget* from = &block; from && !map; from = from->parent())
    walk(*from, [&](ui::Widget& w) {
      if (!map) map = dynamic_cast<kiosk_intake::BodyMap*>(&w);
    });
  REQUIRE(map != nullptr);
  const auto at = map->region_center(code, view);
  REQUIRE_MESSAGE(at.has_value(), "region not drawn: " << code);
  k.tap_at(*at);
}

void intake_type_keys(Kiosk& k, std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 1;
    while (i + len < text.size() && (static_cast<unsigned char>(text[i + len]) & 0xC0) == 0x80) ++len;
    const std::string key(text.substr(i, len));
    const bool digit = key.size() == 1 && key[0] >= '0' && key[0] <= '9';
    ui::Keyboard* kb = keyboard(k);
    // On the keyboard, digits live on the "123" layer and letters on the "abc" one.
    if (kb && digit != kb->symbols_shown())
      k.tap(intake_word(k, digit ? "intake.keyboard.symbols" : "intake.keyboard.letters"));
    k.tap(key == " " ? intake_word(k, "intake.keyboard.space") : key);
    i += len;
  }
}

void intake_type_into(Kiosk& k, std::string_view question, std::string_view text) {
  intake_tap_in(k, question, intake_word(k, "intake.tap_to_type"));
  REQUIRE(intake_of(k).view() == kiosk_intake::IntakeFlow::View::editor);
  intake_type_keys(k, text);
  k.tap(intake_word(k, "intake.done"));
  REQUIRE(intake_of(k).view() == kiosk_intake::IntakeFlow::View::page);
}

namespace {
ui::Slider* first_slider(Kiosk& k) {
  k.app->pump();
  for (ui::Widget* w : k.app->top()->all_widgets())
    if (auto* s = dynamic_cast<ui::Slider*>(w)) return s;
  return nullptr;
}
}  // namespace

bool intake_slider_shown(Kiosk& k) { return first_slider(k) != nullptr; }

void intake_slide_to(Kiosk& k, int value) {
  ui::Slider* slider = first_slider(k);
  REQUIRE(slider != nullptr);
  k.tap_at({slider->stop_x(value), slider->bounds().y + slider->bounds().h / 4});
}

}  // namespace stillpoint::kiosk::test
