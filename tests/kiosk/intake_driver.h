#pragma once
// Drives the real walk-in form (kiosk/intake's IntakeFlow) inside the kiosk under test like a
// finger: tiles by label within a question, body regions by code, on-screen keys one by one.
#include <string>
#include <string_view>

#include "stillpoint/kiosk_intake/body_map.h"
#include "stillpoint/kiosk_intake/intake_flow.h"
#include "support.h"

namespace stillpoint::kiosk::test {

// The form on top of the kiosk's stack; fails the test when the walk-in form is not shown.
kiosk_intake::IntakeFlow& intake_of(Kiosk& k);
// Taps `label` inside the block of the question reading exactly `question`, pressing Next until
// the part showing it appears (at most 5 times).
void intake_tap_in(Kiosk& k, std::string_view question, std::string_view label);
// Taps the centre of body region `code` on `view` of the body map under `question`.
void intake_tap_region(Kiosk& k, std::string_view question, std::string_view code,
                       kiosk_intake::FigureView view);
// Types with taps on the on-screen keyboard or keypad: lower-case letters, marks, space and, on
// the keyboard, digits through its "123" layer (switching back to letters after).
void intake_type_keys(Kiosk& k, std::string_view text);
// Opens the text field of `question`, types `text` with key taps and taps Done.
void intake_type_into(Kiosk& k, std::string_view question, std::string_view text);
// Whether the part shown has a slider, and a tap on its stop for `value` (the first slider).
bool intake_slider_shown(Kiosk& k);
void intake_slide_to(Kiosk& k, int value);
// Fills the default form in English with every kind of answer (tiles, a typed "something else",
// the slider, both body maps, a follow-up on the keypad, typed digits) and ends on its review.
void fill_default_form(Kiosk& k);
// The flow's own word for `key` (Next, Done...).
std::string intake_word(Kiosk& k, const std::string& key);

}  // namespace stillpoint::kiosk::test
