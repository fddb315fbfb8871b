// The appointment path: date of birth, first initial, "is this you?", how are you feeling,
// and the kind way out when nothing matched.
#include <ctime>

#include "screens.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/kiosk/dob.h"

namespace stillpoint::kiosk {

using namespace ui;

namespace {

// "One moment" while the lookup runs off the UI thread.
void add_waiting_line(KioskFlow& flow, Column& body) {
  if (!flow.looking_up()) return;
  body.add<Label>(tr("lookup.wait"), FontSize::normal, TextAlign::center).set_muted(true);
}

const char* problem_key(DobProblem problem) {
  switch (problem) {
    case DobProblem::incomplete: return "dob.error.incomplete";
    case DobProblem::impossible: return "dob.error.impossible";
    case DobProblem::implausible: return "dob.error.implausible";
  }
  return "dob.error.incomplete";
}

// "2:30 PM" in English, "14:30" in Spanish, in the clinic's local time.
std::string clock_time(TimePoint at, std::string_view language) {
  const std::time_t t = Clock::to_time_t(at);
  std::tm local{};
  localtime_r(&t, &local);
  char text[16];
  if (language == "es") {
    std::snprintf(text, sizeof text, "%d:%02d", local.tm_hour, local.tm_min);
  } else {
    const int hour = local.tm_hour % 12 == 0 ? 12 : local.tm_hour % 12;
    std::snprintf(text, sizeof text, "%d:%02d %s", hour, local.tm_min, local.tm_hour < 12 ? "AM" : "PM");
  }
  return text;
}

// Back and Continue under the date of birth; Continue checks the date and says what is wrong.
void add_dob_buttons(KioskFlow& flow, Container& pane, Label& error) {
  auto& row = pane.add<Row>(24);
  row.add<Button>(tr("common.back"), [&flow] { flow.go(Step::choose); }, ButtonStyle::secondary);
  auto& next = row.add<Button>(tr("common.continue"), [&flow, &error] {
    Session& current = flow.session();
    const auto result = read_dob(current.dob_digits, date_order_for(current.language),
                                 local_date(flow.app().now()));
    if (result.date) {
      flow.submit_birth_date(*result.date);
      return;
    }
    error.set_text(tr(problem_key(*result.problem)));
    error.set_visible(true);
  });
  next.set_enabled(!flow.looking_up());
}

}  // namespace

std::unique_ptr<Screen> make_dob(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  Session& session = flow.session();
  // Side by side, the question, its field and its buttons take the wider share (two buttons in
  // large text) and the keypad stands beside them; stacked, the keypad sits between the field
  // and the buttons, as the eye goes down.
  auto& question = s->lead();
  question.set_flex(3);
  s->actions().set_flex(2);
  question.add<Label>(tr("dob.title"), FontSize::large, TextAlign::center).set_bold(true);
  question.add<Label>(tr("dob.format"), FontSize::normal, TextAlign::center).set_muted(true);
  auto& field = question.add<TextField>(tr("dob.placeholder"), 10);
  field.set_value(format_dob(session.dob_digits));
  auto& error = question.add<Label>(Text{}, FontSize::normal, TextAlign::center);
  error.set_visible(false);
  // Digits only, slashes placed for the person: "04121990" reads as 04/12/1990.
  field.set_on_change([&session, &field, &error](const std::string& typed) {
    wipe_string(session.dob_digits);
    session.dob_digits = dob_digits(typed);
    field.set_value(format_dob(session.dob_digits));
    error.set_visible(false);
  });
  add_waiting_line(flow, question);
  if (!flow.looking_up()) s->actions().add<Keypad>(tr("keys.delete"));
  add_dob_buttons(flow, s->landscape() ? question : s->actions(), error);
  return s;
}

std::unique_ptr<Screen> make_initial(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  auto& lead = s->lead();
  lead.add<Label>(tr("initial.title"), FontSize::large, TextAlign::center).set_bold(true);
  lead.add<Label>(tr("initial.body"), FontSize::normal, TextAlign::center);
  auto& field = lead.add<TextField>(tr("initial.placeholder"), 1);
  field.set_value(flow.session().initial);
  add_waiting_line(flow, lead);
  // One letter is the whole answer: capitals only, accented ones included, on large keys.
  LetterKeys* keys = nullptr;
  if (!flow.looking_up()) {
    keys = &s->actions().add<LetterKeys>();
    keys->set_picked(flow.session().initial);
    keys->set_on_pick([&field](const std::string& letter) { field.set_value(letter); });
  }
  // A physical keyboard types into the field: upper-cased, and shown on the keys as picked.
  field.set_on_change([&field, keys](const std::string& typed) {
    field.set_value(keyboard_upper(typed));
    if (keys) keys->set_picked(field.value());
  });
  auto& row = (s->landscape() ? lead : s->actions()).add<Row>(24);
  row.add<Button>(tr("common.back"), [&flow] { flow.go(Step::dob); }, ButtonStyle::secondary);
  auto& next = row.add<Button>(tr("common.continue"), [&flow, &field] {
    // Any letter that folds to A-Z ("Á", "Ñ"); the lookup compares initials without accents.
    flow.submit_initial(keyboard_upper(field.value()));
  });
  next.set_enabled(!flow.looking_up());
  return s;
}

std::unique_ptr<Screen> make_confirm(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  const Session& session = flow.session();
  if (session.match) {
    const std::string question =
        fill(flow.t("confirm.question"),
             {{"name", session.match->greeting_name},
              {"time", clock_time(session.match->start, session.language)},
              {"practitioner", session.match->practitioner}});
    s->lead().add<Label>(literal(question), FontSize::large, TextAlign::center).set_bold(true);
  }
  s->actions().add<Button>(tr("confirm.yes"), [&flow] { flow.confirm_match(true); });
  s->actions().add<Button>(tr("confirm.no"), [&flow] { flow.confirm_match(false); }, ButtonStyle::secondary);
  return s;
}

std::unique_ptr<Screen> make_feeling(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  auto& lead = s->lead();
  lead.add<Label>(tr("feeling.title"), FontSize::large, TextAlign::center).set_bold(true);
  lead.add<Label>(tr("feeling.body"), FontSize::normal, TextAlign::center).set_muted(true);
  auto& actions = s->actions();
  auto& slider = actions.add<Slider>(0, 10);
  slider.set_end_labels(tr("feeling.low"), tr("feeling.high"));
  slider.set_value(flow.session().feeling);
  slider.set_on_change([&flow](int v) { flow.session().feeling = v; });
  actions.add<Spacer>(24);
  actions.add<Button>(tr("common.continue"), [&flow] { flow.submit_feeling(flow.session().feeling); });
  actions.add<Button>(tr("feeling.skip"), [&flow] { flow.submit_feeling(std::nullopt); }, ButtonStyle::secondary);
  return s;
}

std::unique_ptr<Screen> make_not_found(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  s->lead().add<Label>(tr("not_found.title"), FontSize::large, TextAlign::center).set_bold(true);
  s->lead().add<Label>(tr("not_found.body"), FontSize::normal, TextAlign::center);
  auto& actions = s->actions();
  actions.add<Button>(tr("not_found.walk_in"), [&flow] { flow.choose_walk_in(); });
  actions.add<Button>(tr("not_found.desk"), [&flow] { flow.go(Step::front_desk); }, ButtonStyle::secondary);
  actions.add<Button>(tr("common.back"), [&flow] { flow.go(Step::dob); }, ButtonStyle::quiet);
  return s;
}

}  // namespace stillpoint::kiosk
