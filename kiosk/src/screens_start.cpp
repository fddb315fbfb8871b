// Welcome, "appointment or walk-in?", and the two screens that end at the front desk.
#include "screens.h"

namespace stillpoint::kiosk {

using namespace ui;

namespace {

// A title and its message in the lead, one button in the actions.
void title_message_button(KioskScreen& s, const char* title, const char* message, const char* button,
                          std::function<void()> on_tap) {
  s.lead().add<Label>(tr(title), FontSize::large, TextAlign::center).set_bold(true);
  s.lead().add<Label>(tr(message), FontSize::normal, TextAlign::center);
  s.actions().add<Button>(tr(button), std::move(on_tap));
}

}  // namespace

std::unique_ptr<Screen> make_welcome(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{true, true, true});
  s->lead().add<Label>(tr("welcome.title"), FontSize::large, TextAlign::center).set_bold(true);
  s->lead().add<Label>(tr("welcome.subtitle"), FontSize::normal, TextAlign::center).set_muted(true);
  s->actions().add<Button>(tr("welcome.start"), [&flow] { flow.go(Step::choose); });
  return s;
}

std::unique_ptr<Screen> make_choose(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  s->lead().add<Label>(tr("choose.title"), FontSize::large, TextAlign::center).set_bold(true);
  auto& actions = s->actions();
  actions.add<Button>(tr("choose.appointment"), [&flow] { flow.choose_appointment(); });
  actions.add<Button>(tr("choose.walk_in"), [&flow] { flow.choose_walk_in(); });
  actions.add<Spacer>(24);
  actions.add<Button>(tr("common.start_over"), [&flow] { flow.wipe(); }, ButtonStyle::quiet);
  return s;
}

std::unique_ptr<Screen> make_front_desk(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  title_message_button(*s, "desk.title", "desk.body", "common.done", [&flow] { flow.wipe(); });
  return s;
}

std::unique_ptr<Screen> make_problem(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  title_message_button(*s, "problem.title", "problem.body", "common.done", [&flow] { flow.wipe(); });
  return s;
}

}  // namespace stillpoint::kiosk
