// The form-page view of IntakeFlow: header (progress, language, help, title), the page's
// questions packed into a part that fits, and the Back/Next footer with any kind notice.
#include <algorithm>

#include "item_blocks.h"
#include "part_choice.h"
#include "two_columns.h"
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
constexpr int kAsideSpacing = 48;  // between the page's column and the widget beside it
// Width shares of the page's column and the widget beside it: the body map's two figures need
// about two thirds of a landscape screen to stand as tall as the screen allows.
constexpr int kColumnShare = 1;
constexpr int kAsideShare = 2;

// The page's column's width when a widget stands beside it (as the Row below shares it out).
int column_width(const ui::UiContext& ctx, int content_width) {
  return (content_width - ctx.px(kAsideSpacing)) * kColumnShare / (kColumnShare + kAsideShare);
}

// Where the header, questions and buttons go: the screen's root, or, with a widget beside them,
// a column on its left. Both are as tall as the screen.
ui::Container& page_column(ui::Column& root, std::unique_ptr<ui::Widget> aside) {
  if (!aside) return root;
  auto& row = root.add<ui::Row>(kAsideSpacing);
  row.set_flex(1);
  auto& column = row.add<ui::Column>(kRootSpacing);
  column.set_flex(kColumnShare);
  row.adopt(std::move(aside)).set_flex(kAsideShare);
  return column;
}

// Whether block `i` must stay on the part of the block before it: a follow-up under its
// question, a note after a question (its help), or the first question after the page's
// opening words, which never stand alone.
bool keeps_with_previous(const std::vector<forms::VisibleItem>& visible, std::size_t i) {
  if (i == 0) return false;
  const bool display = visible[i].item->type == forms::ItemType::Display;
  const bool after_intro = i == 1 && visible[0].item->type == forms::ItemType::Display;
  return visible[i].depth > 0 || display || after_intro;
}
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

int IntakeFlow::body_height(ui::Widget& h, ui::Widget& f, int width) const {
  const auto& ctx = app()->context();
  return ctx.metrics.output().h - 2 * ctx.px(kRootPadding) - 2 * ctx.px(kRootSpacing) -
         h.measure(ctx, width).h - f.measure(ctx, width).h;
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

std::unique_ptr<ui::Widget> IntakeFlow::make_header(const std::string& title, bool beside) {
  int dots = 1, current = 0;
  for (std::size_t p = 0; p < session_.pages().size(); ++p) {
    if (!session_.page_shown(p)) continue;
    if (p < page_) ++current;
    ++dots;  // one more for the review at the end
  }
  auto progress = std::make_unique<ui::ProgressDots>(dots, view_ == View::review ? dots - 1 : current);
  std::unique_ptr<ui::Label> part_line;
  if (part_count_ > 1) {
    part_line = std::make_unique<ui::Label>(
        ui::literal(strings_.format("intake.part", {{"n", std::to_string(part_ + 1)},
                                                    {"total", std::to_string(part_count_)}})),
        ui::FontSize::small);
    part_line->set_muted(true);
  }
  auto heading = std::make_unique<ui::Label>(ui::literal(title), ui::FontSize::large);
  heading->set_bold(true);

  auto header = std::make_unique<ui::Column>(20);
  auto& top = header->add<ui::Row>(24);
  // Landscape is short: the title shares the top row with the buttons, progress under it.
  const bool compact = app()->context().metrics.landscape() && !beside;
  // Width shares of the top row: enough for "Español" and "Aa" in large text, and for
  // "¿Necesita ayuda ahora?" to wrap between its words, never inside one.
  struct Shares {
    int lead, look, language, help;
  };
  const Shares share = compact ? Shares{6, 2, 3, 4} : Shares{2, 3, 6, 7};
  if (compact) {
    auto& words = top.add<ui::Column>(8);
    words.set_flex(share.lead);
    words.adopt(std::move(heading));
    auto& where = words.add<ui::Row>(24);
    where.adopt(std::move(progress));
    if (part_line) where.adopt(std::move(part_line));
  } else {
    top.adopt(std::move(progress)).set_flex(share.lead);
  }
  IntakeFlow* self = this;
  if (session_.form().languages().size() > 1) {
    const auto& langs = session_.form().languages();
    auto at = std::find(langs.begin(), langs.end(), session_.language());
    const std::string other = (at == langs.end() || at + 1 == langs.end()) ? langs.front() : *(at + 1);
    top.add<ui::Button>(ui::literal(strings_.get("intake.language." + other)),
                        [self] { self->switch_language(); }, ui::ButtonStyle::quiet)
        .set_flex(share.language);
  }
  if (options_.on_look)
    top.add<ui::Button>(ui::literal(strings_.get("intake.look")), [self] { self->options_.on_look(*self); },
                        ui::ButtonStyle::quiet)
        .set_flex(share.look);
  if (options_.on_help) {
    // A narrow column has no room for a third thing on the top row: help goes under it.
    ui::Container& help_row = beside ? static_cast<ui::Container&>(*header) : top;
    help_row.add<ui::Button>(ui::literal(strings_.get("intake.help")),
                             [self] { self->options_.on_help(*self); }, ui::ButtonStyle::quiet)
        .set_flex(share.help);
  }
  if (compact) return header;
  header->adopt(std::move(heading));
  if (part_line) header->adopt(std::move(part_line));
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
  // Landscape columns are narrow: "Atrás" in large text needs an even share.
  row.add<ui::Button>(ui::literal(next_label), [self] { self->next(); })
      .set_flex(app()->context().metrics.landscape() ? 1 : 2);
  return footer;
}

void IntakeFlow::build_page() {
  const auto& ctx = app()->context();
  const auto& page = session_.pages()[page_];
  const std::string title = page.group ? session_.text(*page.group) : session_.title();
  part_count_ = 2;  // measure with the "Part n of m" line present
  const auto footer = make_footer("Next");
  blocks_->max_height = body_height(*make_header(title), *footer, content_width());
  // Landscape leaves the body map too little height between the header and the buttons, so it
  // stands beside them, as tall as the screen.
  blocks_->aside_height =
      ctx.metrics.landscape() ? ctx.metrics.output().h - 2 * ctx.px(kRootPadding) : 0;

  const auto visible = session_.visible_items(page_);
  std::vector<ItemBlock> blocks;
  std::vector<std::string> ids;
  for (const auto& v : visible) {
    blocks.push_back(make_item_block(*v.item, *blocks_));
    ids.push_back(v.item->link_id);
  }
  // A page with a widget beside its column is packed to fit that narrower column; other pages
  // in landscape fill two columns of questions side by side.
  const bool beside = std::any_of(blocks.begin(), blocks.end(),
                                  [](const ItemBlock& b) { return b.aside != nullptr; });
  const int beside_width = column_width(ctx, content_width());
  const int available =
      beside ? body_height(*make_header(title, true), *footer, beside_width) : blocks_->max_height;
  const auto measure = [&](int width) {
    std::vector<PackBlock> sizes;
    for (std::size_t i = 0; i < blocks.size(); ++i)
      sizes.push_back({blocks[i].block->measure(ctx, width).h, keeps_with_previous(visible, i),
                       blocks[i].aside != nullptr});
    return sizes;
  };
  bool two_columns = ctx.metrics.landscape() && !beside;
  auto sizes = measure(beside ? beside_width : two_columns ? half_width(ctx, content_width()) : content_width());
  // A question too tall for half the width (many tiles) keeps the whole width, one column a part.
  if (two_columns && std::any_of(sizes.begin(), sizes.end(), [&](const PackBlock& b) { return b.height > available; })) {
    two_columns = false;
    sizes = measure(content_width());
  }
  const auto columns = pack_blocks(sizes, available, ctx.px(kBodySpacing));
  const auto parts = two_columns ? pair_columns(columns) : single_columns(columns);
  part_count_ = parts.size();
  part_ = choose_part(parts_of(parts), ids, target_ == Target::anchor ? anchor_ : "", target_ == Target::last);
  shown_ids_ = ids;
  const SubPage shown = parts[part_].part;
  part_ids_.assign(ids.begin() + static_cast<std::ptrdiff_t>(shown.first),
                   ids.begin() + static_cast<std::ptrdiff_t>(shown.last));

  const bool last_part = part_ + 1 == part_count_;
  const bool to_review = return_to_review_ || !next_shown_page(page_ + 1);
  const std::string next_label = !last_part ? strings_.get("intake.next")
                                 : return_to_review_ ? strings_.get("intake.back_to_review")
                                 : to_review ? strings_.get("intake.review")
                                             : strings_.get("intake.next");
  std::unique_ptr<ui::Widget> aside;  // at most one per part: the packer ends a part after it
  for (std::size_t i = shown.first; i < shown.last; ++i)
    if (blocks[i].aside) aside = std::move(blocks[i].aside);
  const bool has_aside = aside != nullptr;
  ui::Container& column = page_column(root(), std::move(aside));
  column.adopt(make_header(title, has_aside));
  auto& body = column.add<ui::Column>(kBodySpacing);
  body.set_flex(1);
  std::vector<std::unique_ptr<ui::Widget>> widgets;
  for (auto& b : blocks) widgets.push_back(std::move(b.block));
  place_blocks(body, widgets, parts[part_], two_columns, kBodySpacing);
  column.adopt(make_footer(next_label));
  // From now on a rebuild of this page keeps the person on this part.
  target_ = Target::anchor;
  anchor_ = part_ids_.empty() ? "#" + std::to_string(part_) : part_ids_.front();
}

}  // namespace stillpoint::kiosk_intake
