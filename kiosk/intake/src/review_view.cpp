// The review view of IntakeFlow: every shown question with its answer in words, packed into
// parts that fit; a tap on a row goes back to that question, "Send my answers" submits.
#include "item_blocks.h"
#include "part_choice.h"
#include "two_columns.h"
#include "stillpoint/kiosk_intake/answer_words.h"
#include "stillpoint/kiosk_intake/intake_flow.h"
#include "stillpoint/kiosk_intake/review_row.h"
#include "stillpoint/ui/app.h"
#include "stillpoint/ui/layout.h"
#include "stillpoint/ui/widgets/button.h"
#include "stillpoint/ui/widgets/label.h"

namespace stillpoint::kiosk_intake {

namespace {
constexpr int kRowSpacing = 16;
}  // namespace

void IntakeFlow::build_review() {
  const auto& ctx = app()->context();
  const std::string title = strings_.get("intake.review.title");
  part_count_ = 2;
  const int available = body_height(*make_header(title), *make_footer("Next"), content_width());
  const bool two_columns = ctx.metrics.landscape();
  const int width = two_columns ? half_width(ctx, content_width()) : content_width();

  std::vector<std::unique_ptr<ui::Widget>> rows;
  std::vector<PackBlock> sizes;
  std::vector<std::string> ids;
  // The review opens with how it works and, since health answers show large on a screen in a
  // waiting room, a way to hide them while checking (kept for every part of the review).
  auto opening = std::make_unique<ui::Column>(kRowSpacing);
  opening->add<ui::Label>(ui::literal(strings_.get("intake.review.hint"))).set_muted(true);
  IntakeFlow* self = this;
  opening->add<ui::Button>(ui::literal(strings_.get(answers_hidden_ ? "intake.review.show" : "intake.review.hide")),
                           [self] {
                             self->answers_hidden_ = !self->answers_hidden_;
                             self->render();
                           },
                           ui::ButtonStyle::quiet);
  sizes.push_back({opening->measure(ctx, width).h, false});
  rows.push_back(std::move(opening));
  ids.emplace_back();
  for (std::size_t p = 0; p < session_.pages().size(); ++p) {
    for (const auto& v : session_.visible_items(p)) {
      const forms::Item& item = *v.item;
      if (!item.is_question()) continue;
      std::string words = answer_words(session_, item, strings_);
      if (answers_hidden_ && !words.empty()) words = strings_.get("intake.review.answered");
      const std::string link = item.link_id;
      rows.push_back(std::make_unique<ReviewRow>(
          session_.text(item), words.empty() ? strings_.get("intake.not_answered") : words,
          !words.empty(), strings_.get("intake.change"), [this, link] { change_answer(link); }));
      sizes.push_back({rows.back()->measure(ctx, width).h, false});
      ids.push_back(link);
    }
  }
  const auto columns = pack_blocks(sizes, available, ctx.px(kRowSpacing));
  const auto parts = two_columns ? pair_columns(columns) : single_columns(columns);
  part_count_ = parts.size();
  part_ = choose_part(parts_of(parts), ids, target_ == Target::anchor ? anchor_ : "", target_ == Target::last);
  const SubPage shown = parts[part_].part;
  part_ids_.assign(ids.begin() + static_cast<std::ptrdiff_t>(shown.first),
                   ids.begin() + static_cast<std::ptrdiff_t>(shown.last));

  const bool last_part = part_ + 1 == part_count_;
  root().adopt(make_header(title));
  auto& body = root().add<ui::Column>(kRowSpacing);
  body.set_flex(1);
  place_blocks(body, rows, parts[part_], two_columns, kRowSpacing);
  root().adopt(make_footer(strings_.get(last_part ? "intake.submit" : "intake.next")));
  target_ = Target::anchor;
  anchor_ = "#" + std::to_string(part_);
}

}  // namespace stillpoint::kiosk_intake
