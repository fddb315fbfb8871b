#pragma once
// The kiosk's check-in flow: which screen shows, what the person entered (the Session), the
// lookup running off the UI thread, the idle wipe, "Need help now?" and the hidden admin panel.
// Screens are always replaced, never stacked, so the stack holds one screen and nothing behind
// it can be navigated back to.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "stillpoint/core/device_config.h"
#include "stillpoint/core/forms/model.h"
#include "stillpoint/kiosk/backend.h"
#include "stillpoint/kiosk/catalog.h"
#include "stillpoint/kiosk/session.h"
#include "stillpoint/ui/app.h"
#include "stillpoint/ui/screen.h"
#include "stillpoint/ui/timers.h"

namespace stillpoint::kiosk {

enum class Step {
  welcome,       // clinic name, calm background, language, start
  choose,        // appointment or walk-in
  dob,           // date of birth on a keypad (also shows "one moment" while looking up)
  initial,       // first letter of the first name, when the server found several
  confirm,       // "Jordan R., 2:30 PM with Sam - is this you?"
  feeling,       // optional 0-10
  not_found,     // a kind path: the front desk, or continue as a walk-in
  front_desk,    // "please let the front desk know"
  intake,        // the walk-in form (kiosk/intake's renderer)
  ticket,        // the code, the wait, "please have a seat"
  problem,       // the outbox could not save: please see the front desk
  admin_pin,     // PIN keypad
  admin_status,  // status, reload, exit
};

// What the intake renderer gets from the flow: the form, the reading language, and where to go
// when the person submits, leaves the form, switches language or asks for help.
struct IntakeHooks {
  std::shared_ptr<const forms::Questionnaire> form;  // null when no form could be loaded
  std::string language;
  std::function<void(nlohmann::json response, bool urgent)> submit;
  std::function<void()> cancel;
  std::function<void(const std::string& language)> language_changed;
  std::function<void(ui::Screen& screen)> help;  // "Need help now?" over that screen
  std::function<void(ui::Screen& screen)> look;  // "Aa" over that screen; none when empty
};
// Builds the screen of the walk-in form.
using IntakeFactory = std::function<std::unique_ptr<ui::Screen>(const IntakeHooks& hooks)>;

struct FlowOptions {
  DeviceConfig config;
  Catalogs catalogs;
  std::shared_ptr<KioskBackend> backend;
  // Empty: the default (kiosk/intake's renderer through the one seam in intake_seam.cpp).
  IntakeFactory intake;
  std::string version;
  // Failed PIN attempts allowed before the admin panel locks for admin_lock.
  int admin_attempts = 3;
  Clock::duration admin_lock = std::chrono::minutes(5);
  // How long the top-left corner must be held to open the PIN keypad.
  Clock::duration admin_hold = std::chrono::seconds(5);
  // The themes a visitor may pick for their visit with "Aa" (NAME.json); no "Aa" when empty.
  std::filesystem::path themes_dir;
};

class KioskFlow {
public:
  KioskFlow(ui::App& app, FlowOptions options);
  ~KioskFlow();
  KioskFlow(const KioskFlow&) = delete;
  KioskFlow& operator=(const KioskFlow&) = delete;

  // Shows the welcome screen and starts watching for idleness.
  void start();

  // --- state ---------------------------------------------------------------------------------
  Step step() const { return step_; }
  Session& session() { return session_; }
  const FlowOptions& options() const { return options_; }
  const DeviceConfig& config() const { return options_.config; }
  ui::App& app() { return app_; }
  KioskBackend& backend() { return *options_.backend; }
  // The current language's text for `key`.
  std::string t(std::string_view key) const;
  bool looking_up() const { return lookup_ != nullptr; }
  bool idle_prompt_shown() const { return idle_prompt_; }
  // The walk-in form (null until a walk-in started and a form loaded).
  const forms::Questionnaire* form() const { return form_.get(); }

  // --- navigation (screens call these) -------------------------------------------------------
  // Replaces the screen with `step`, built from the session.
  void go(Step step);
  // Switches language and rebuilds the current screen at once.
  void set_language(const std::string& language);
  void choose_appointment();
  void choose_walk_in();
  // The DOB screen's Continue: validates (the screen shows problems) and starts the lookup.
  void submit_birth_date(const Date& date);
  void submit_initial(const std::string& initial);
  void confirm_match(bool yes);
  void submit_feeling(std::optional<int> feeling);
  void submit_intake(nlohmann::json response, bool urgent);
  // "Need help now?": flags the visit urgent through the outbox and shows the help card on
  // `screen` (the top screen when null).
  void request_help(ui::Screen* screen = nullptr);
  // Wipes everything the person entered and shows welcome (the idle wipe and "Start over");
  // a look the visitor picked gives way to the device's own.
  void wipe();
  // "Aa": this visit in theme `name` ("normal", "large-text", "high-contrast"), the screen laid
  // out again with nothing entered lost. False (and nothing changed) when it cannot be read.
  bool set_look(const std::string& name);
  bool looks_offered() const { return !options_.themes_dir.empty(); }

  // --- admin ---------------------------------------------------------------------------------
  void open_admin();
  // True when the PIN matched; else counts a failure (the screen says so calmly).
  bool check_pin(const std::string& pin);
  bool admin_locked() const;
  int admin_attempts_left() const { return options_.admin_attempts - pin_failures_; }
  void reload_content();
  void exit_app();

private:
  std::unique_ptr<ui::Screen> build(Step step);
  void start_lookup();
  void poll_lookup();
  void lookup_done(const sync::LookupAnswer& answer);
  void issue(sync::CheckinDraft draft);
  sync::CheckinDraft appointment_draft() const;
  void on_activity();
  void arm_idle();
  void on_idle();
  void show_idle_prompt();
  void countdown_tick();
  void close_idle_prompt();
  void load_form();

  struct Lookup;
  ui::App& app_;
  FlowOptions options_;
  Session session_;
  Step step_ = Step::welcome;
  std::shared_ptr<Lookup> lookup_;
  std::shared_ptr<const forms::Questionnaire> form_;
  ui::TimerId idle_timer_ = 0;
  ui::TimerId countdown_timer_ = 0;
  ui::TimerId lookup_timer_ = 0;
  bool idle_prompt_ = false;
  int countdown_left_ = 0;
  int pin_failures_ = 0;
  std::optional<TimePoint> locked_until_;
  ui::Theme device_theme_;  // the config's look, put back at the end of every visit
};

// Builds a QuestionnaireResponse with the optional "How are you feeling today?" score.
nlohmann::json feeling_response(int score, TimePoint authored);

}  // namespace stillpoint::kiosk
