#pragma once
// Shared fixture for the intake renderer tests: the default form in an IntakeFlow on an
// offscreen App with a manual clock, and helpers that tap like a finger (tiles by label, the
// slider, body regions, keyboard and keypad keys) and read what was drawn.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "stillpoint/core/clock.h"
#include "stillpoint/kiosk_intake/body_map.h"
#include "stillpoint/kiosk_intake/intake_flow.h"
#include "stillpoint/ui/ui.h"

namespace stillpoint::kiosk_intake::test {

// The default form, assets/forms/intake.json.
std::shared_ptr<const forms::Questionnaire> default_form();

// An App showing an IntakeFlow of the default form, recording what on_submit received.
struct IntakeHarness {
  explicit IntakeHarness(ui::Size size = {1080, 1920}, std::string language = "en");
  ~IntakeHarness();

  ManualTimeSource clock;
  std::unique_ptr<ui::App> app;
  IntakeFlow* flow = nullptr;
  std::optional<nlohmann::json> response;
  bool urgent = false;
  int submits = 0;
  int cancels = 0;

  ui::Screen& screen() const { return *app->top(); }
  void finger_tap(ui::Point p);
  void tap(const ui::Widget& w) { finger_tap(w.bounds().center()); }
  // The interactive widget labelled exactly `label` on the part shown, or null.
  ui::Widget* find(std::string_view label) const;
  // Taps the widget labelled `label`, pressing Next until a part shows it (at most 4 times).
  void tap_label(std::string_view label);
  // Taps `label` inside the block of the question whose text is exactly `question`.
  void tap_in(std::string_view question, std::string_view label);
  // Taps the slider's stop for `value` (the first slider on the part shown).
  void slide_to(int value);
  // Taps the centre of body region `code` on `view` in the block of `question`.
  void tap_region(std::string_view question, std::string_view code, FigureView view);
  // Taps the "Tap here to type" field of `question`, which opens the editor.
  void open_field(std::string_view question);
  // Types lower-case text (letters, spaces, marks) or digits with on-screen key taps.
  void type_keys(std::string_view text);
  void next() { tap_label(flow->strings().get("intake.next")); }
  // Whether any string drawn in the last frame contains `text`.
  bool drew(std::string_view text) const;
  // Every widget of the shown screen of type T.
  template <class T>
  std::vector<T*> all() const {
    std::vector<T*> out;
    for (ui::Widget* w : screen().all_widgets())
      if (auto* t = dynamic_cast<T*>(w)) out.push_back(t);
    return out;
  }
  // True when every visible widget lies inside the output (nothing cut off, nothing to scroll).
  bool fits() const;
  void screenshot(const std::string& name) const;
};

// Fills every page of the default form with taps, as a person would (see the test for what).
void fill_default_form(IntakeHarness& h);
// The answers of `link_id` anywhere in a QuestionnaireResponse (nested items included).
std::vector<nlohmann::json> answers_of(const nlohmann::json& response, std::string_view link_id);
// The codes of the valueCoding answers of `link_id`.
std::vector<std::string> codes_of(const nlohmann::json& response, std::string_view link_id);

}  // namespace stillpoint::kiosk_intake::test
