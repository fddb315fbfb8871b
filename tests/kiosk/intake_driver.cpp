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

void fill_default_form(Kiosk& k) {
  const auto next = [&k] { k.tap(intake_word(k, "intake.next")); };
  // About today's visit.
  const std::string reason = "What brings you in today? Choose all that fit.";
  intake_tap_in(k, reason, "Muscle tension or pain");
  intake_tap_in(k, reason, "Something else");
  intake_type_into(k, "In a few words, what else brings you in?", "jaw clenching");
  for (int i = 0; i < 6 && !intake_slider_shown(k); ++i) next();
  intake_slide_to(k, 7);
  intake_tap_in(k, "How have you been sleeping this past week?", "Mostly well");
  next();
  // The body maps: tap front and back regions; a second tap undoes one.
  const std::string tension = "Where do you feel tension or discomfort?";
  intake_tap_region(k, tension, "shoulders", kiosk_intake::FigureView::back);
  intake_tap_region(k, tension, "upper-back", kiosk_intake::FigureView::back);
  intake_tap_region(k, tension, "hands", kiosk_intake::FigureView::front);
  intake_tap_region(k, tension, "feet", kiosk_intake::FigureView::front);
  intake_tap_region(k, tension, "feet", kiosk_intake::FigureView::back);  // undone
  intake_tap_region(k, "Are there any areas you'd like us not to touch today?", "chest",
                          kiosk_intake::FigureView::front);
  intake_tap_in(k, "What pressure do you like?", "Firm");
  next();
  // Touch and consent, therapist preference.
  intake_tap_in(k, "I understand that my therapist will check in with me, and that I can pause or stop at any time.",
                "Yes, I understand and I'd like to continue");
  intake_tap_in(k, "Do you have a preference for your therapist?", "No preference");
  next();
  // Health screening with follow-ups: the keypad for a number, the keyboard's digits layer.
  intake_tap_in(k, "Have you had surgery or an injury in the last few months?", "No");
  intake_tap_in(k, "Have you ever had a blood clot, or been told you are at risk of one?", "No");
  intake_tap_in(k, "Are you pregnant?", "Yes");
  intake_type_into(k, "About how many weeks?", "31");
  intake_tap_in(k, "Is there any rash, broken skin or skin condition we should know about?", "No");
  intake_tap_in(k, "Do you take any medicine that changes how you feel touch, pressure or pain?", "No");
  intake_type_into(k, "Is there anything else you'd like your therapist to know?",
                         "ibuprofen 400 mg at 8");
  next();
  intake_tap_in(k, "Would you like to talk with someone from our care team today?", "No, thank you");
  // The last page may come in parts: Next until its last one offers the review.
  const std::string review = intake_word(k, "intake.review");
  for (int i = 0; i < 5 && !k.has_label(review); ++i) next();
  k.tap(review);
  REQUIRE(intake_of(k).view() == kiosk_intake::IntakeFlow::View::review);
}

}  // namespace stillpoint::kiosk::test
