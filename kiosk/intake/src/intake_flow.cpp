#include "stillpoint/kiosk_intake/intake_flow.h"

#include <algorithm>
#include <stdexcept>

#include "item_blocks.h"
#include "stillpoint/ui/app.h"
#include "stillpoint/ui/widgets/text_field.h"

namespace stillpoint::kiosk_intake {

namespace {

std::shared_ptr<const forms::Questionnaire> require_form(const IntakeFlowOptions& options) {
  if (!options.form) throw std::invalid_argument("make_intake_flow: no form given");
  return options.form;
}

}  // namespace

IntakeFlow::IntakeFlow(IntakeFlowOptions options)
    : options_(std::move(options)),
      session_(require_form(options_), options_.language),
      strings_(session_.language(), options_.translate),
      blocks_(std::make_unique<BlockContext>(BlockContext{session_, strings_, nullptr, 0, 0, {}, {}})) {
  blocks_->changed = [this] { answer_changed(); };
  blocks_->edit = [this](const forms::Item& item) { open_editor(item); };
  page_ = next_shown_page(0).value_or(0);
}

IntakeFlow::~IntakeFlow() {
  // Leave nothing behind even when the kiosk simply drops the screen.
  if (editor_field_) editor_field_->clear();
  session_.clear();
}

std::unique_ptr<IntakeFlow> make_intake_flow(IntakeFlowOptions options) {
  return std::make_unique<IntakeFlow>(std::move(options));
}

void IntakeFlow::on_show(ui::App&) {
  if (!built_) render();
}

void IntakeFlow::render() {
  if (app() == nullptr) return;  // built when shown
  built_ = true;
  blocks_->ui = &app()->context();
  root().clear();
  root().set_max_width(blocks_->ui->metrics.landscape() ? 1600 : 0);
  editor_field_ = nullptr;
  switch (view_) {
    case View::page: build_page(); break;
    case View::review: build_review(); break;
    case View::editor: build_editor(); break;
  }
}

void IntakeFlow::set_language(std::string language) {
  session_.set_language(std::move(language));
  strings_.set_language(session_.language());
  render();
}

void IntakeFlow::switch_language() {
  const auto& languages = session_.form().languages();
  if (languages.size() < 2) return;
  std::size_t at = 0;
  while (at < languages.size() && languages[at] != session_.language()) ++at;
  const std::string next_language = languages[(at + 1) % languages.size()];
  set_language(next_language);
  if (auto callback = options_.on_language) callback(next_language);
}

void IntakeFlow::wipe() {
  if (editor_field_) editor_field_->clear();
  editing_ = nullptr;
  session_.clear();
  notice_.clear();
  editor_notice_.clear();
  return_to_review_ = false;
  view_ = View::page;
  page_ = next_shown_page(0).value_or(0);
  target_ = Target::first;
  anchor_.clear();
  if (app() != nullptr) {
    render();
    app()->text_cache().clear();
  }
}

// --- answers ---------------------------------------------------------------------------------

void IntakeFlow::answer_changed() {
  // A kind notice has done its job once the person answers something; follow-up questions
  // appear or disappear at once. Otherwise the widgets already show the change themselves.
  const auto visible = visible_ids(page_);
  if (notice_.empty() && visible == shown_ids_) return;
  notice_.clear();
  target_ = Target::anchor;
  anchor_ = part_ids_.empty() ? std::string{} : part_ids_.front();
  // A follow-up that just appeared may not fit on this part: show the part that holds it (its
  // question travels with it), so the answer just given never vanishes from the screen.
  for (const auto& id : visible) {
    if (std::find(shown_ids_.begin(), shown_ids_.end(), id) == shown_ids_.end()) {
      anchor_ = id;
      break;
    }
  }
  render();
}

// --- navigation ------------------------------------------------------------------------------

std::optional<std::size_t> IntakeFlow::next_shown_page(std::size_t from) const {
  for (std::size_t i = from; i < session_.pages().size(); ++i)
    if (session_.page_shown(i)) return i;
  return std::nullopt;
}

std::optional<std::size_t> IntakeFlow::previous_shown_page(std::size_t from) const {
  for (std::size_t i = from; i-- > 0;)
    if (session_.page_shown(i)) return i;
  return std::nullopt;
}

std::optional<std::size_t> IntakeFlow::page_of(const std::string& link_id) const {
  for (std::size_t p = 0; p < session_.pages().size(); ++p)
    for (const auto& v : session_.visible_items(p))
      if (v.item->link_id == link_id) return p;
  return std::nullopt;
}

void IntakeFlow::go_to_page(std::size_t page, Target target, std::string anchor) {
  view_ = View::page;
  page_ = page;
  target_ = target;
  anchor_ = std::move(anchor);
  render();
}

void IntakeFlow::go_to_review(Target target) {
  view_ = View::review;
  return_to_review_ = false;
  notice_.clear();
  target_ = target;
  render();
}

bool IntakeFlow::show_problem(const std::vector<forms::Problem>& problems) {
  if (problems.empty()) return false;
  const auto& first = problems.front();
  notice_ = problem_words(first);
  go_to_page(page_of(first.link_id).value_or(page_), Target::anchor, first.link_id);
  return true;
}

void IntakeFlow::next() {
  if (view_ == View::editor) return finish_editor(true);
  if (view_ == View::review) {
    if (part_ + 1 < part_count_) {
      part_ += 1;
      target_ = Target::anchor;
      anchor_ = "#" + std::to_string(part_);
      return render();
    }
    return submit();
  }
  // Only this part's questions first, so the message names something the person can see.
  std::vector<forms::Problem> here;
  for (auto& problem : session_.validate_page(page_))
    if (std::find(part_ids_.begin(), part_ids_.end(), problem.link_id) != part_ids_.end())
      here.push_back(std::move(problem));
  if (show_problem(here)) return;
  notice_.clear();
  if (part_ + 1 < part_count_) return go_to_page(page_, Target::anchor, "#" + std::to_string(part_ + 1));
  if (show_problem(session_.validate_page(page_))) return;
  const auto following = next_shown_page(page_ + 1);
  if (return_to_review_ || !following) return go_to_review(Target::first);
  go_to_page(*following, Target::first);
}

void IntakeFlow::back() {
  notice_.clear();
  if (view_ == View::editor) return finish_editor(false);
  if (view_ == View::review) {
    if (part_ > 0) {
      part_ -= 1;
      target_ = Target::anchor;
      anchor_ = "#" + std::to_string(part_);
      return render();
    }
    const auto last = previous_shown_page(session_.pages().size());
    return go_to_page(last.value_or(0), Target::last);
  }
  if (part_ > 0) return go_to_page(page_, Target::anchor, "#" + std::to_string(part_ - 1));
  if (const auto previous = previous_shown_page(page_)) return go_to_page(*previous, Target::last);
  if (auto callback = options_.on_cancel) callback();
}

void IntakeFlow::change_answer(const std::string& link_id) {
  const auto page = page_of(link_id);
  if (!page) return;
  return_to_review_ = true;
  notice_.clear();
  go_to_page(*page, Target::anchor, link_id);
}

void IntakeFlow::submit() {
  if (show_problem(session_.validate())) return;
  nlohmann::json response = session_.build_response(app() ? app()->now() : Clock::now());
  const bool urgent = session_.is_urgent();
  // Wipe first: the response handed over is the only copy left.
  auto callback = options_.on_submit;
  wipe();
  if (callback) callback(std::move(response), urgent);
}

}  // namespace stillpoint::kiosk_intake
