#include "stillpoint/kiosk/flow.h"

#include <mutex>
#include <thread>

#include "screens.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/forms/loader.h"
#include "stillpoint/core/initials.h"
#include "stillpoint/kiosk/dob.h"
#include "stillpoint/kiosk_intake/intake_flow.h"
#include "stillpoint/ui/theme.h"

namespace stillpoint::kiosk {

using namespace std::chrono_literals;

// The answer of a lookup running on a worker thread; the UI polls it. A wipe drops the
// flow's reference, so a late answer lands in an orphan and is never shown to anyone.
struct KioskFlow::Lookup {
  std::mutex mutex;
  std::optional<sync::LookupAnswer> answer;
};

KioskFlow::KioskFlow(ui::App& app, FlowOptions options)
    : app_(app), options_(std::move(options)), device_theme_(app.theme()) {
  session_.language = options_.config.default_language;
}

bool KioskFlow::set_look(const std::string& name) {
  ui::Theme theme;
  try {
    theme = ui::load_theme_file(options_.themes_dir / (name + ".json"));
  } catch (const std::exception&) {
    return false;  // a missing or broken theme file leaves the screen as it is
  }
  session_.look = name;
  app_.set_theme(std::move(theme));
  // Sizes changed: the form lays itself out again keeping its page and answers; other screens
  // are rebuilt from the session, as a language switch does.
  if (step_ == Step::intake) {
    if (auto* intake = dynamic_cast<kiosk_intake::IntakeFlow*>(app_.top())) intake->restyle();
    return true;
  }
  go(step_);
  return true;
}

KioskFlow::~KioskFlow() { app_.set_activity_listener({}); }

void KioskFlow::start() {
  app_.set_translator(make_translator(options_.catalogs, session_.language));
  app_.set_activity_listener([this] { on_activity(); });
  app_.reset(build(Step::welcome));
  step_ = Step::welcome;
  arm_idle();
}

std::string KioskFlow::t(std::string_view key) const {
  return options_.catalogs.for_language(session_.language).get(key);
}

std::unique_ptr<ui::Screen> KioskFlow::build(Step step) {
  switch (step) {
    case Step::welcome: return make_welcome(*this);
    case Step::choose: return make_choose(*this);
    case Step::dob: return make_dob(*this);
    case Step::initial: return make_initial(*this);
    case Step::confirm: return make_confirm(*this);
    case Step::feeling: return make_feeling(*this);
    case Step::not_found: return make_not_found(*this);
    case Step::front_desk: return make_front_desk(*this);
    case Step::ticket: return make_ticket(*this);
    case Step::problem: return make_problem(*this);
    case Step::admin_pin: return make_admin_pin(*this);
    case Step::admin_status: return make_admin_status(*this);
    case Step::intake: break;
  }
  IntakeHooks hooks;
  hooks.form = form_;
  hooks.language = session_.language;
  hooks.submit = [this](nlohmann::json response, bool urgent) {
    submit_intake(std::move(response), urgent);
  };
  hooks.cancel = [this] { go(Step::choose); };
  hooks.language_changed = [this](const std::string& language) {
    session_.language = language;
    app_.set_translator(make_translator(options_.catalogs, language));
  };
  hooks.help = [this](ui::Screen& screen) { request_help(&screen); };
  if (looks_offered()) hooks.look = [this](ui::Screen& screen) { show_look_card(*this, screen); };
  if (options_.intake) return options_.intake(hooks);
  return make_default_intake(*this, hooks);
}

void KioskFlow::go(Step step) {
  if (idle_prompt_) {
    // The screen under the prompt is going away; the person is evidently still here.
    app_.timers().cancel(countdown_timer_);
    idle_prompt_ = false;
    arm_idle();
  }
  step_ = step;
  app_.replace(build(step));
}

void KioskFlow::set_language(const std::string& language) {
  if (language == session_.language) return;
  if (step_ == Step::dob) session_.dob_digits = reorder_dob(session_.dob_digits);
  session_.language = language;
  app_.set_translator(make_translator(options_.catalogs, language));
  // The intake form keeps its page and answers and re-renders itself; other screens are
  // rebuilt because some of their text is filled in (names, times, counts).
  if (step_ == Step::intake) {
    if (auto* intake = dynamic_cast<kiosk_intake::IntakeFlow*>(app_.top()))
      intake->set_language(language);
    return;
  }
  go(step_);
}

void KioskFlow::choose_appointment() {
  session_.path = Path::appointment;
  go(Step::dob);
}

void KioskFlow::load_form() {
  try {
    const auto text = backend().form_json();
    if (!text.empty()) form_ = forms::load_questionnaire_text(text);
  } catch (const std::exception&) {
    // A broken form is refused; the last good one stays (or none: the seam's fallback).
  }
}

void KioskFlow::choose_walk_in() {
  session_.path = Path::walk_in;
  if (!form_) load_form();
  go(Step::intake);
}

void KioskFlow::submit_birth_date(const Date& date) {
  session_.birth_date = date;
  wipe_string(session_.initial);
  start_lookup();
}

void KioskFlow::submit_initial(const std::string& initial) {
  if (!is_foldable_letter(initial)) return;
  session_.initial = initial;
  start_lookup();
}

void KioskFlow::start_lookup() {
  if (lookup_ || !session_.birth_date) return;
  auto state = std::make_shared<Lookup>();
  lookup_ = state;
  // Sent folded ("Á" as "A"): initials are compared without accents, and a booked name may
  // have lost its accent at the front desk.
  std::optional<std::string> initial;
  if (!session_.initial.empty()) initial = folded_initial(session_.initial);
  // Off the UI thread: frames keep coming while the person reads "one moment".
  std::thread([state, backend = options_.backend, date = *session_.birth_date, initial] {
    auto answer = backend->lookup(date, initial);
    std::lock_guard lock(state->mutex);
    state->answer = std::move(answer);
  }).detach();
  lookup_timer_ = app_.after(50ms, [this] { poll_lookup(); });
  go(step_);  // shows the "one moment" state
}

void KioskFlow::poll_lookup() {
  if (!lookup_) return;
  std::optional<sync::LookupAnswer> answer;
  {
    std::lock_guard lock(lookup_->mutex);
    answer = std::move(lookup_->answer);
  }
  if (!answer) {
    lookup_timer_ = app_.after(50ms, [this] { poll_lookup(); });
    return;
  }
  lookup_.reset();
  lookup_done(*answer);
}

void KioskFlow::lookup_done(const sync::LookupAnswer& answer) {
  switch (answer.outcome) {
    case sync::LookupOutcome::found:
      session_.match = answer.match;
      go(Step::confirm);
      return;
    case sync::LookupOutcome::none: go(Step::not_found); return;
    case sync::LookupOutcome::several:
      // With the initial given and still several, a person at the desk sorts it out.
      go(session_.initial.empty() ? Step::initial : Step::front_desk);
      return;
    case sync::LookupOutcome::unavailable:
      // The server is slow or away: the person still gets a ticket, and the server matches
      // the claim when it arrives.
      session_.offline = true;
      issue(appointment_draft());
      return;
  }
}

void KioskFlow::confirm_match(bool yes) {
  if (!yes) {
    session_.match.reset();
    go(Step::not_found);
    return;
  }
  session_.confirmed = true;
  go(Step::feeling);
}

sync::CheckinDraft KioskFlow::appointment_draft() const {
  sync::CheckinDraft draft;
  draft.kind = VisitKind::appointment;
  if (session_.match && !session_.offline) {
    draft.appointment_id = session_.match->appointment_id;
  } else if (session_.birth_date) {
    sync::OfflineClaim claim{*session_.birth_date, {}};
    if (!session_.initial.empty()) claim.first_initial = folded_initial(session_.initial);
    draft.claim = claim;
  }
  return draft;
}

void KioskFlow::submit_feeling(std::optional<int> feeling) {
  session_.feeling = feeling;
  auto draft = appointment_draft();
  if (feeling) draft.response = feeling_response(*feeling, app_.now());
  issue(std::move(draft));
}

void KioskFlow::submit_intake(nlohmann::json response, bool urgent) {
  session_.response = std::move(response);
  if (urgent) session_.asked_to_talk = true;
  sync::CheckinDraft draft;
  draft.kind = VisitKind::walk_in;
  if (session_.response && !session_.response->is_null()) draft.response = *session_.response;
  issue(std::move(draft));
}

void KioskFlow::issue(sync::CheckinDraft draft) {
  draft.language = session_.language;
  draft.urgent = draft.urgent || session_.help_requested || session_.asked_to_talk;
  if (draft.urgent && !draft.urgent_reason)
    draft.urgent_reason =
        session_.help_requested ? UrgentReason::help_button : UrgentReason::asked_to_talk;
  // "Need help now?" already put this person in the queue; a check-in that adds nothing new
  // (no answers, same appointment) keeps that ticket instead of making a second one.
  if (session_.issued && !draft.response &&
      (draft.kind == VisitKind::walk_in || !draft.appointment_id)) {
    go(Step::ticket);
    return;
  }
  try {
    session_.issued = backend().enqueue(draft);  // durable before the screen says so
    go(Step::ticket);
  } catch (const std::exception&) {
    go(Step::problem);
  }
}

void KioskFlow::request_help(ui::Screen* screen) {
  if (session_.issued && !session_.help_requested) {
    // After the ticket: the same check-in becomes urgent, never a second one.
    try {
      backend().mark_urgent(session_.issued->id);
      session_.help_requested = true;
    } catch (const std::exception&) {
      // The card still sends the person to the front desk with their number.
    }
  } else if (!session_.issued) {
    session_.help_requested = true;
    sync::CheckinDraft draft;
    if (session_.confirmed && session_.match) draft = appointment_draft();
    draft.urgent = true;
    draft.urgent_reason = UrgentReason::help_button;
    draft.language = session_.language;
    try {
      session_.issued = backend().enqueue(draft);
    } catch (const std::exception&) {
      // The card then points to the front desk without a number.
    }
  }
  if (!screen) screen = app_.top();
  if (screen) show_help_card(*this, *screen);
}

void KioskFlow::wipe() {
  lookup_.reset();
  app_.timers().cancel(lookup_timer_);
  app_.timers().cancel(countdown_timer_);
  idle_prompt_ = false;
  if (ui::Screen* top = app_.top()) {
    if (auto* intake = dynamic_cast<kiosk_intake::IntakeFlow*>(top)) intake->wipe();
    for (ui::Widget* w : top->all_widgets())
      if (auto* field = dynamic_cast<ui::TextField*>(w)) field->clear();
  }
  if (!session_.look.empty()) app_.set_theme(device_theme_);
  session_.wipe(options_.config.default_language);
  app_.set_translator(make_translator(options_.catalogs, session_.language));
  app_.text_cache().clear();  // destroys every texture that showed what they typed
  step_ = Step::welcome;
  app_.reset(build(Step::welcome));
  arm_idle();
}

void KioskFlow::on_activity() {
  if (!idle_prompt_) arm_idle();
}

void KioskFlow::arm_idle() {
  app_.timers().cancel(idle_timer_);
  idle_timer_ = app_.after(std::chrono::seconds(options_.config.idle_seconds), [this] { on_idle(); });
}

void KioskFlow::on_idle() {
  idle_timer_ = 0;
  if (step_ == Step::ticket) return;  // the ticket returns to welcome on its own
  if (step_ == Step::welcome) {
    if (session_.has_entries() || session_.language != options_.config.default_language) wipe();
    return;
  }
  show_idle_prompt();
}

void KioskFlow::show_idle_prompt() {
  ui::Screen* top = app_.top();
  if (!top) return;
  idle_prompt_ = true;
  countdown_left_ = options_.config.idle_countdown_seconds;
  auto& modal = top->show_modal(std::make_unique<ui::Modal>(ui::tr("idle.title"), ui::tr("idle.body")));
  modal.content().add<ui::Label>(
      ui::literal(fill(t("idle.countdown"), {{"seconds", std::to_string(countdown_left_)}})),
      ui::FontSize::normal, ui::TextAlign::center);
  modal.add_button(ui::tr("idle.stay"), [this] { close_idle_prompt(); });
  modal.add_button(ui::tr("idle.start_over"), [this] { wipe(); }, ui::ButtonStyle::secondary);
  countdown_timer_ = app_.after(1s, [this] { countdown_tick(); });
}

void KioskFlow::countdown_tick() {
  if (!idle_prompt_) return;
  if (--countdown_left_ <= 0) {
    wipe();
    return;
  }
  ui::Screen* top = app_.top();
  if (top && top->modal()) {
    // The countdown line is the last widget of the card's column.
    auto children = top->modal()->content().children();
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      if (auto* label = dynamic_cast<ui::Label*>(it->get())) {
        label->set_text(
            ui::literal(fill(t("idle.countdown"), {{"seconds", std::to_string(countdown_left_)}})));
        break;
      }
    }
  }
  countdown_timer_ = app_.after(1s, [this] { countdown_tick(); });
}

void KioskFlow::close_idle_prompt() {
  app_.timers().cancel(countdown_timer_);
  idle_prompt_ = false;
  if (ui::Screen* top = app_.top()) top->close_modal();
  arm_idle();
}

void KioskFlow::open_admin() {
  if (options_.config.admin_pin.empty()) return;
  go(Step::admin_pin);
}

bool KioskFlow::admin_locked() const { return locked_until_ && app_.now() < *locked_until_; }

bool KioskFlow::check_pin(const std::string& pin) {
  if (admin_locked()) return false;
  const std::string& expected = options_.config.admin_pin;
  if (expected.empty()) return false;
  // Compared in full whatever matches first, so timing says nothing about the PIN.
  unsigned diff = pin.size() == expected.size() ? 0u : 1u;
  for (std::size_t i = 0; i < pin.size(); ++i)
    diff |= static_cast<unsigned>(pin[i] ^ expected[i % expected.size()]);
  if (diff == 0) {
    pin_failures_ = 0;
    go(Step::admin_status);
    return true;
  }
  if (++pin_failures_ >= options_.admin_attempts) {
    pin_failures_ = 0;
    locked_until_ = app_.now() + options_.admin_lock;
  }
  return false;
}

void KioskFlow::reload_content() {
  backend().reload_content();
  form_.reset();  // read again (network, cache or default) when the next walk-in starts
}

void KioskFlow::exit_app() { app_.quit(); }

nlohmann::json feeling_response(int score, TimePoint authored) {
  return {{"resourceType", "QuestionnaireResponse"},
          {"status", "completed"},
          {"questionnaire", "https://stillpoint.example/fhir/Questionnaire/kiosk-feeling"},
          {"authored", format_timestamp(authored)},
          {"item",
           nlohmann::json::array({{{"linkId", "feeling"},
                                   {"text", "How are you feeling today? (0-10)"},
                                   {"answer", nlohmann::json::array({{{"valueInteger", score}}})}}})}};
}

}  // namespace stillpoint::kiosk
