// The ticket: the code large, the wait, "please have a seat"; back to welcome on its own.
#include "screens.h"

namespace stillpoint::kiosk {

using namespace ui;
using namespace std::chrono_literals;

namespace {

// The code on a primary card, so it is the one thing the eye finds.
class TicketCard : public Widget {
public:
  TicketCard(std::string code) : code_(std::move(code)) {}
  Size measure(const UiContext& ctx, int width) override {
    return {width, ctx.text->line_height(FontSize::small) + 2 * ctx.text->line_height(FontSize::large) +
                       ctx.px(64)};
  }
  void draw(Painter& p) const override {
    const Theme& theme = p.theme();
    const Rect b = bounds();
    p.fill_rounded(b, p.px(theme.radius), theme.primary);
    const int small = p.context().text->line_height(FontSize::small);
    Rect caption{b.x, b.y + p.px(24), b.w, small};
    p.text(p.context().resolve(tr("ticket.your_number")), {FontSize::small, false, TextAlign::center},
           theme.on_primary, caption);
    Rect code{b.x, caption.y + small, b.w, b.h - small - p.px(48)};
    p.text(code_, {FontSize::large, true, TextAlign::center}, theme.on_primary, code);
  }
  std::string label(const UiContext&) const override { return code_; }

private:
  std::string code_;
};

// Shows the server's wait range once the sender has delivered the check-in: delivery usually
// lands a few hundred ms after the ticket appears, later when the network is slow, so the
// screen asks again every half second for as long as it is shown (its timers die with it).
class TicketScreen : public KioskScreen {
public:
  // "Need help now?" here flags the check-in the person already holds, never a second one.
  explicit TicketScreen(KioskFlow& flow) : KioskScreen(flow, Chrome{false, true, false, [this] { help(); }}) {}
  Label* wait = nullptr;
  void on_show(App& app) override {
    KioskScreen::on_show(app);
    arm_return();
    poll_wait();
  }

  // "Need help now?" with a ticket in hand: the same visit becomes urgent. The ticket stays
  // while the card is open, since the person may need the number for whoever comes.
  void help() {
    if (app()) app()->timers().cancel(return_timer_);
    return_timer_ = 0;
    flow().request_help(this);
  }
  void help_closed() override { arm_return(); }

private:
  // Back to welcome after ticket_screen_seconds, counted afresh from now.
  void arm_return() {
    if (app()) app()->timers().cancel(return_timer_);
    return_timer_ = after(std::chrono::seconds(flow().config().ticket_screen_seconds), [this] {
      return_timer_ = 0;
      if (modal()) return;  // a card is open: its closing counts again
      flow().wipe();
    });
  }
  TimerId return_timer_ = 0;

  void poll_wait() {
    const auto& issued = flow().session().issued;
    if (!issued || flow().session().offline || !wait) return;
    if (auto range = flow().backend().wait_minutes(issued->id)) {
      wait->set_text(literal(fill(flow().t("ticket.wait_range"),
                                  {{"low", std::to_string(range->first)},
                                   {"high", std::to_string(range->second)}})));
      return;
    }
    after(500ms, [this] { poll_wait(); });
  }
};

}  // namespace

std::unique_ptr<Screen> make_ticket(KioskFlow& flow) {
  auto s = std::make_unique<TicketScreen>(flow);
  const Session& session = flow.session();
  s->lead().add<Label>(tr("ticket.title"), FontSize::large, TextAlign::center).set_bold(true);
  s->lead().add<TicketCard>(session.issued ? session.issued->ticket : std::string());
  auto& body = s->actions();
  if (session.offline) {
    body.add<Label>(tr("ticket.offline"), FontSize::normal, TextAlign::center);
  } else {
    s->wait = &body.add<Label>(tr("ticket.wait_unknown"), FontSize::normal, TextAlign::center);
  }
  // They asked, in the intake, to talk with someone soon: say calmly that it was heard.
  if (session.asked_to_talk)
    body.add<Label>(tr("ticket.talk_soon"), FontSize::normal, TextAlign::center);
  body.add<Label>(tr("ticket.seat"), FontSize::normal, TextAlign::center).set_bold(true);
  body.add<Spacer>(24);
  body.add<Button>(tr("common.done"), [&flow] { flow.wipe(); }, ButtonStyle::secondary);
  return s;
}

}  // namespace stillpoint::kiosk
