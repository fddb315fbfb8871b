// THE ONE SEAM between the kiosk flow and the walk-in intake renderer (kiosk/intake): the
// renderer's screen, wired to the flow's hooks. When no form could be loaded at all (no
// network, no cache and no shipped default), a walk-in is still checked in, without answers,
// and the front desk asks in person.
#include "screens.h"
#include "stillpoint/kiosk_intake/intake_flow.h"

namespace stillpoint::kiosk {

using namespace ui;

namespace {
std::unique_ptr<Screen> no_form_screen(KioskFlow& flow, const IntakeHooks& hooks) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{});
  s->lead().add<Label>(tr("walkin.title"), FontSize::large, TextAlign::center).set_bold(true);
  s->lead().add<Label>(tr("walkin.body"), FontSize::normal, TextAlign::center);
  auto& body = s->actions();
  body.add<Button>(tr("walkin.check_in"), [submit = hooks.submit] { submit(nullptr, false); });
  body.add<Button>(tr("common.back"), [cancel = hooks.cancel] { cancel(); }, ButtonStyle::quiet);
  return s;
}
}  // namespace

std::unique_ptr<Screen> make_default_intake(KioskFlow& flow, const IntakeHooks& hooks) {
  if (!hooks.form) return no_form_screen(flow, hooks);
  kiosk_intake::IntakeFlowOptions options;
  options.form = hooks.form;
  options.language = hooks.language;
  options.on_submit = hooks.submit;
  options.on_cancel = hooks.cancel;
  options.on_language = hooks.language_changed;
  options.on_help = hooks.help;
  options.on_look = hooks.look;
  return kiosk_intake::make_intake_flow(std::move(options));
}

}  // namespace stillpoint::kiosk
