#pragma once
// The kiosk's screens, each built from the flow's state (private to the kiosk library).
#include <functional>
#include <memory>

#include "stillpoint/kiosk/flow.h"
#include "stillpoint/ui/ui.h"

namespace stillpoint::kiosk {

// What every kiosk screen shares: the clinic's name and the language switch on top, "Need
// help now?" at the bottom (in the header in landscape), and the hidden admin corner (hold the
// top-left corner).
class KioskScreen : public ui::Screen {
public:
  struct Chrome {
    bool language = true;
    bool help = true;
    bool calm_background = false;
    // What "Need help now?" does; the flow's request_help when empty.
    std::function<void()> on_help = {};
  };
  KioskScreen(KioskFlow& flow, Chrome chrome);
  // The screen's words (title, message, fields) and its controls: stacked in portrait, side by
  // side in landscape, whose height holds one or the other but rarely both.
  ui::Column& lead() { return *lead_; }
  ui::Column& actions() { return *actions_; }
  bool landscape() const { return landscape_; }
  KioskFlow& flow() { return flow_; }

  void on_show(ui::App& app) override;
  bool on_pointer_first(const ui::UiContext& ctx, ui::PointerPhase phase, ui::Point position) override;
  void draw_background(ui::Painter& painter) const override;
  // The help card over this screen was closed.
  virtual void help_closed() {}

private:
  void schedule_background_frame();
  KioskFlow& flow_;
  Chrome chrome_;
  ui::Column* lead_ = nullptr;
  ui::Column* actions_ = nullptr;
  bool landscape_ = false;
  ui::TimerId corner_timer_ = 0;
};

std::unique_ptr<ui::Screen> make_welcome(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_choose(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_dob(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_initial(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_confirm(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_feeling(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_not_found(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_front_desk(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_ticket(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_problem(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_admin_pin(KioskFlow& flow);
std::unique_ptr<ui::Screen> make_admin_status(KioskFlow& flow);

// "Aa": standard, larger text or high contrast for this visit, over `screen`.
void show_look_card(KioskFlow& flow, ui::Screen& screen);

// The help card ("someone is coming", the helpline) over `screen`.
void show_help_card(KioskFlow& flow, ui::Screen& screen);

// The walk-in form's screen when no IntakeFactory was given: THE ONE SEAM to kiosk/intake.
std::unique_ptr<ui::Screen> make_default_intake(KioskFlow& flow, const IntakeHooks& hooks);

}  // namespace stillpoint::kiosk
