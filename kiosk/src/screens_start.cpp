// Welcome and "appointment or walk-in?".
#include "screens.h"

namespace stillpoint::kiosk {

using namespace ui;

std::unique_ptr<Screen> make_welcome(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{true, true, true});
  auto& body = s->body();
  body.add<Label>(tr("welcome.title"), FontSize::large, TextAlign::center).set_bold(true);
  body.add<Label>(tr("welcome.subtitle"), FontSize::normal, TextAlign::center).set_muted(true);
  body.add<Spacer>(48);
  body.add<Button>(tr("welcome.start"), [&flow] { flow.go(Step::choose); });
  return s;
}

std::unique_ptr<Screen> make_choose(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  auto& body = s->body();
  body.add<Label>(tr("choose.title"), FontSize::large, TextAlign::center).set_bold(true);
  body.add<Spacer>(24);
  body.add<Button>(tr("choose.appointment"), [&flow] { flow.choose_appointment(); });
  body.add<Button>(tr("choose.walk_in"), [&flow] { flow.choose_walk_in(); });
  body.add<Spacer>(24);
  body.add<Button>(tr("common.start_over"), [&flow] { flow.wipe(); }, ButtonStyle::quiet);
  return s;
}

std::unique_ptr<Screen> make_front_desk(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  auto& body = s->body();
  body.add<Label>(tr("desk.title"), FontSize::large, TextAlign::center).set_bold(true);
  body.add<Label>(tr("desk.body"), FontSize::normal, TextAlign::center);
  body.add<Spacer>(24);
  body.add<Button>(tr("common.done"), [&flow] { flow.wipe(); });
  return s;
}

std::unique_ptr<Screen> make_problem(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  auto& body = s->body();
  body.add<Label>(tr("problem.title"), FontSize::large, TextAlign::center).set_bold(true);
  body.add<Label>(tr("problem.body"), FontSize::normal, TextAlign::center);
  body.add<Spacer>(24);
  body.add<Button>(tr("common.done"), [&flow] { flow.wipe(); });
  return s;
}

}  // namespace stillpoint::kiosk
