#pragma once
// The intake form on the kiosk: one ui::Screen that walks a person through a FHIR Questionnaire
// page by page, then a review, then hands the QuestionnaireResponse to the kiosk.
//
// Wiring it (all the kiosk needs):
//
//   auto flow = stillpoint::kiosk_intake::make_intake_flow({
//       .form = questionnaire,                       // shared_ptr<const forms::Questionnaire>
//       .language = "es",                            // the kiosk's current language
//       .on_submit = [&](nlohmann::json response, bool urgent) { /* outbox, ticket screen */ },
//       .on_cancel = [&] { app.pop(); },             // "Back" on the very first page
//       .on_language = [&](const std::string& lang) { /* switch the app's translator too */ },
//       .on_help = [&](ui::Screen& s) { /* show the "someone is coming" modal on s */ },
//   });
//   IntakeFlow* intake = flow.get();                 // valid while the screen is on the stack
//   app.push(std::move(flow));                       // unique_ptr<IntakeFlow> -> unique_ptr<Screen>
//   ...
//   intake->set_language("en");                      // answers kept, screen re-rendered at once
//   intake->wipe();                                  // idle: answers, typed text, text textures gone
//
// - on_submit runs once, after the whole form validated; the flow has already wiped itself, so the
//   response passed in is the only copy. `urgent` is FormSession::is_urgent() ("Yes, as soon as
//   possible" in the default form): tell staff to come quickly.
// - Destroying the screen (app.reset on idle) wipes it as well.
// - The flow's own words (Back, Next, Change, Required...) come from kiosk/intake/strings.json
//   (en, es), compiled in. Pass `translate` to supply them from the kiosk's catalogs instead: it
//   is asked first and "returns the key" means "not mine".
// - Nothing in it logs; answers leave only through on_submit.
#include <cstddef>
#include <optional>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stillpoint/core/forms/form_session.h"
#include "stillpoint/kiosk_intake/strings.h"
#include "stillpoint/ui/screen.h"
#include "stillpoint/ui/text.h"

namespace stillpoint::ui {
class TextField;
}

namespace stillpoint::kiosk_intake {

struct BlockContext;

// What the kiosk gives the intake flow. Only `form` is required.
struct IntakeFlowOptions {
  std::shared_ptr<const forms::Questionnaire> form;
  // Reading language ("en", "es"); empty means the form's own.
  std::string language;
  // The completed response and whether an urgent answer was chosen.
  std::function<void(nlohmann::json response, bool urgent)> on_submit;
  // The person went Back from the first page.
  std::function<void()> on_cancel;
  // The person switched language inside the form (the flow has already re-rendered).
  std::function<void(const std::string& language)> on_language;
  // When set, a "Need help now?" button on every page calls it with this screen.
  std::function<void(ui::Screen& screen)> on_help;
  // When set, an "Aa" button on every page calls it with this screen (text size, contrast).
  std::function<void(ui::Screen& screen)> on_look;
  // Optional source of the flow's own "intake.*" strings (asked before strings.json).
  ui::Translator translate;
};

// The form as a screen: form pages (split into parts that fit, since nothing scrolls), an editor
// with the on-screen keyboard or keypad for typed answers, and a review page where any answer can
// be changed. All answers live in its FormSession, never in widgets, so re-rendering (a language
// switch, a question appearing through enableWhen) loses nothing.
class IntakeFlow : public ui::Screen {
public:
  // What the person is looking at.
  enum class View { page, editor, review };

  explicit IntakeFlow(IntakeFlowOptions options);
  ~IntakeFlow() override;

  // --- For the kiosk ---------------------------------------------------------------------------
  // Changes the reading language; answers are kept and the screen re-renders at once.
  void set_language(std::string language);
  // Lays the form out again after the app's theme changed; page, part and answers are kept.
  void restyle() { render(); }
  // Forgets everything the person entered (session cleared, typed text overwritten, text
  // textures destroyed) and returns to the first page.
  void wipe();

  // --- State (for the kiosk and tests) ----------------------------------------------------------
  const forms::FormSession& session() const { return session_; }
  const IntakeStrings& strings() const { return strings_; }
  View view() const { return view_; }
  // The FormSession page shown (meaningful in the page and editor views).
  std::size_t page() const { return page_; }
  // Which part of the page (or of the review) is shown, and how many parts there are.
  std::size_t part() const { return part_; }
  std::size_t part_count() const { return part_count_; }
  // The kind message shown after Next found a missing answer; empty when none.
  const std::string& notice() const { return notice_; }

  // --- The buttons, callable directly ----------------------------------------------------------
  void next();
  void back();
  // Opens the page holding `link_id` from the review; Next there returns to the review.
  void change_answer(const std::string& link_id);
  void submit();

  void on_show(ui::App& app) override;

private:
  // Which part of a page to show after a rebuild.
  enum class Target { first, last, anchor };

  void render();
  void build_page();
  void build_review();
  void build_editor();
  // `beside`: the header shares the screen's width with a widget beside it (landscape body map).
  std::unique_ptr<ui::Widget> make_header(const std::string& title, bool beside = false);
  std::unique_ptr<ui::Widget> make_footer(const std::string& next_label);
  // The height left for questions between `header` and `footer` laid out `width` wide.
  int body_height(ui::Widget& header, ui::Widget& footer, int width) const;
  int content_width() const;
  std::vector<std::string> visible_ids(std::size_t page) const;
  std::string problem_words(const forms::Problem& problem) const;
  void answer_changed();
  void open_editor(const forms::Item& item);
  void finish_editor(bool keep);
  void go_to_page(std::size_t page, Target target, std::string anchor = {});
  void go_to_review(Target target);
  bool show_problem(const std::vector<forms::Problem>& problems);
  std::optional<std::size_t> page_of(const std::string& link_id) const;
  std::optional<std::size_t> next_shown_page(std::size_t from) const;
  std::optional<std::size_t> previous_shown_page(std::size_t from) const;
  void switch_language();

  IntakeFlowOptions options_;
  forms::FormSession session_;
  IntakeStrings strings_;
  std::unique_ptr<BlockContext> blocks_;  // outlives every widget that calls into it
  View view_ = View::page;
  std::size_t page_ = 0;
  std::size_t part_ = 0;
  std::size_t part_count_ = 1;
  Target target_ = Target::first;
  std::string anchor_;                  // a linkId on the part to show (Target::anchor)
  std::vector<std::string> part_ids_;   // linkIds of the blocks on the part shown
  std::vector<std::string> shown_ids_;  // linkIds visible on the page when it was built
  std::string notice_;
  bool return_to_review_ = false;
  bool answers_hidden_ = false;  // the review shows "Answered" instead of what was answered
  const forms::Item* editing_ = nullptr;
  ui::TextField* editor_field_ = nullptr;
  std::string editor_notice_;
  bool built_ = false;
};

// The entry point: a new intake flow screen for `options.form`. Throws std::invalid_argument
// when no form is given.
std::unique_ptr<IntakeFlow> make_intake_flow(IntakeFlowOptions options);

}  // namespace stillpoint::kiosk_intake
