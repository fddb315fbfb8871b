// The form-page view of IntakeFlow: header (progress, language, help, title), the page's
// questions packed into a part that fits, and the Back/Next footer with any kind notice.
#include <algorithm>

#include "item_blocks.h"
#include "part_choice.h"
#include "stillpoint/kiosk_intake/answer_words.h"
#include "stillpoint/kiosk_intake/intake_flow.h"
#include "stillpoint/ui/app.h"
#include "stillpoint/ui/layout.h"
#include "stillpoint/ui/widgets/button.h"
#include "stillpoint/ui/widgets/label.h"
#include "stillpoint/ui/widgets/progress_dots.h"

namespace stillpoint::kiosk_intake {

namespace {
constexpr int kRootPadding = 56;  // ui::Screen's root column
constexpr int kRootSpacing = 32;
constexpr int kBodySpacing = 40;
}  // namespace

std::size_t choose_part(const std::vector<SubPage>& parts, const std::vector<std::string>& ids,
                        const std::string& anchor, bool last) {
  if (anchor.empty()) return last ? parts.size() - 1 : 0;
  if (anchor.front() == '#')
    return std::min<std::size_t>(parts.size() - 1, std::stoul(anchor.substr(1)));
  for (std::size_t p = 0; p < parts.size(); ++p)
    for (std::size_t i = parts[p].first; i < parts[p].last; ++i)
      if (ids[i] == anchor) return p;
  return 0;
}

int IntakeFlow::content_width() const {
  const auto& ctx = app()->context();
  const int w = ctx.metrics.output().w - 2 * ctx.px(kRootPadding);
  return ctx.metrics.landscape() ? std::min(w, ctx.px(1600)) : w;
}

int IntakeFlow::body_height(ui::Widget& h, ui::Widget& f) const {
  const auto& ctx = app()->context();
  return ctx.metrics.output().h - 2 * ctx.px(kRootPadding) - 2 * ctx.px(kRootSpacing) -
         h.measure(ctx, content_width()).h - f.measure(ctx, content_width()).h;
}

std::vector<std::string> IntakeFlow::visible_ids(std::size_t page) const {
  std::vector<std::string> ids;
  for (const auto& v : session_.visible_items(page)) ids.push_back(v.item->link_id);
  return ids;
}

std::string IntakeFlow::problem_words(const forms::Problem& problem) const {
  const auto* item = session_.form().find(problem.link_id);
  std::string question = item ? session_.text(*item) : std::string{};
  if (question.size() > 90) {
    // Long questions are named by their start; the notice must stay short and calm.
    question.resize(question.rfind(' ', 80));
    question += "…";
  }
  if (item && (problem.code == forms::ProblemCode::BelowMinimum ||
               problem.code == forms::ProblemCode::AboveMaximum) && item->min_value && item->max_value)
    return strings_.format("intake.number.range",
                           {{"min", value_words(session_, *item, *item->min_value, strings_)},
                            {"max", value_words(session_, *item, *item->max_value, strings_)}}) +
           " (" + question + ")";
  return strings_.format("intake.missing", {{"question", question}});
}

std::unique_ptr<ui::Widget> IntakeFlow::make_header(const std::string& title) {
  auto header = std::make_unique<ui::Column>(20);
  auto& top = header->add<ui::Row>(24);
  int dots = 1, current = 0;
  for (std::size_t p = 0; p < session_.pages().size(); ++p) {
    if (!session_.page_shown(p)) continue;
    if (p < page_) ++current;
    ++dots;  // one more for the review at the end
  }
  top.add<ui::ProgressDots>(dots, view_ == View::review ? dots - 1 : current);
  IntakeFlow* self = this;
  if (session_.form().languages().size() > 1) {
    const auto& langs = session_.form().languages();
    auto at = std::find(langs.begin(), langs.end(), session_.language());
    const std::string other = (at == langs.end() || at + 1 == langs.end()) ? langs.front() : *(at + 1);
    top.add<ui::Button>(ui::literal(strings_.get("intake.language." + other)),
                        [self] { self->switch_language(); }, ui::ButtonStyle::quiet);
  }
  if (options_.on_help)
    top.add<ui::Button>(ui::literal(strings_.get("intake.help")),
                        [self] { self->options_.on_help(*self); }, ui::ButtonStyle::quiet);
  header->add<ui::Label>(ui::literal(title), ui::FontSize::large).set_bold(true);
  if (part_count_ > 1)
    header->add<ui::Label>(ui::literal(strings_.format(
                               "intake.part", {{"n", std::to_string(part_ + 1)},
                                               {"total", std::to_string(part_count_)}})),
                           ui::FontSize::small)
        .set_muted(true);
  return header;
}

std::unique_ptr<ui::Widget> IntakeFlow::make_footer(const std::string& next_label) {
  auto footer = std::make_unique<ui::Column>(24);
  if (!notice_.empty()) {
    auto& notice = footer->add<ui::Label>(ui::literal(notice_), ui::FontSize::normal);
    notice.set_bold(true);
  }
  auto& row = footer->add<ui::Row>(24);
  IntakeFlow* self = this;
  row.add<ui::Button>(ui::literal(strings_.get("intake.back")), [self] { self->back(); },
                      ui::ButtonStyle::secondary);
  row.add<ui::Button>(ui::literal(next_label), [self] { self->next(); }).set_flex(2);
  return footer;
}

void IntakeFlow::build_page() {
  const auto& ctx = app()->context();
  const auto& page = session_.pages()[page_];
  const std::string title = page.group ? session_.text(*page.group) : session_.title();
  part_count_ = 2;  // measure with the "Part n of m" line present
  const int available = body_height(*make_header(title), *make_footer("Next"));
  blocks_->max_height = available;

  std::vector<std::unique_ptr<ui::Widget>> blocks;
  std::vector<PackBlock> sizes;
  std::vector<std::string> ids;
  for (const auto& v : session_.visible_items(page_)) {
    blocks.push_back(make_item_block(*v.item, *blocks_));
    sizes.push_back({blocks.back()->measure(ctx, content_width()).h, v.depth > 0});
    ids.push_back(v.item->link_id);
  }
  const auto parts = pack_blocks(sizes, available, ctx.px(kBodySpacing));
  part_count_ = parts.size();
  part_ = choose_part(parts, ids, target_ == Target::anchor ? anchor_ : "", target_ == Target::last);
  shown_ids_ = ids;
  part_ids_.assign(ids.begin() + static_cast<std::ptrdiff_t>(parts[part_].first),
                   ids.begin() + static_cast<std::ptrdiff_t>(parts[part_].last));

  const bool last_part = part_ + 1 == part_count_;
  const bool to_review = return_to_review_ || !next_shown_page(page_ + 1);
  const std::string next_label = !last_part ? strings_.get("intake.next")
                                 : return_to_review_ ? strings_.get("intake.back_to_review")
                                 : to_review ? strings_.get("intake.review")
                                             : strings_.get("intake.next");
  root().adopt(make_header(title));
  auto& body = root().add<ui::Column>(kBodySpacing);
  body.set_flex(1);
  for (std::size_t i = parts[part_].first; i < parts[part_].last; ++i) body.adopt(std::move(blocks[i]));
  root().adopt(make_footer(next_label));
  // From now on a rebuild of this page keeps the person on this part.
  target_ = Target::anchor;
  anchor_ = part_ids_.empty() ? "#" + std::to_string(part_) : part_ids_.front();
}

}  // namespace stillpoint::kiosk_intake
