// What every kiosk screen shares: header, help button, admin corner and the calm background.
#include <cmath>

#include "screens.h"

namespace stillpoint::kiosk {

using namespace std::chrono_literals;

namespace {
// The hidden admin corner, in reference pixels: big enough for a deliberate thumb, in a spot
// nobody rests a hand on by chance for five seconds.
constexpr int kCorner = 140;
// The calm background moves slowly, so a dozen frames a second look smooth and cost little.
constexpr auto kBackgroundFrame = 80ms;
// A disc's tint toward `selected`, held back so the quietest text on it keeps 4.5:1 (in high
// contrast a grey disc on black would take muted text below it).
ui::Color disc_colour(const ui::Theme& theme, double tint) {
  ui::Color c = ui::mix(theme.background, theme.selected, tint);
  while (tint > 0 && ui::contrast_ratio(theme.text_muted, c) < 4.6) {
    tint -= 0.02;
    c = ui::mix(theme.background, theme.selected, tint);
  }
  return c;
}

}  // namespace

KioskScreen::KioskScreen(KioskFlow& flow, Chrome chrome)
    : flow_(flow), chrome_(std::move(chrome)), landscape_(flow.app().context().metrics.landscape()) {
  auto help = chrome_.on_help ? chrome_.on_help : [&flow] { flow.request_help(); };
  // Landscape is short: "Need help now?" joins the header (as on the intake's pages) instead
  // of taking a row of its own under the content, where it was pushed off the glass.
  const bool help_in_header = chrome_.help && landscape_;
  auto& header = root().add<ui::Row>(24);
  auto& name = header.add<ui::Label>(ui::literal(flow.config().clinic_name), ui::FontSize::normal);
  name.set_bold(true);
  name.set_flex(3);
  if (chrome_.language) {
    auto& lang = header.add<ui::Button>(ui::tr("common.language_switch"), [&flow] {
      flow.set_language(flow.session().language == "es" ? "en" : "es");
    }, ui::ButtonStyle::quiet);
    lang.set_flex(2);
  }
  if (flow.looks_offered())
    header.add<ui::Button>(ui::tr("look.button"), [&flow, this] { show_look_card(flow, *this); },
                           ui::ButtonStyle::quiet);
  if (help_in_header)
    header.add<ui::Button>(ui::tr("help.button"), help, ui::ButtonStyle::quiet)
        .set_flex(3);  // "¿Necesita ayuda ahora?" on one line
  auto& body = root().add<ui::Column>(32);
  body.set_flex(1);
  body.set_center_vertically(true);
  body.set_max_width(landscape_ ? 1600 : 960);
  auto& split = body.add<ui::Split>(64);
  // Side by side, each pane centres itself in the full height; stacked, the body centres both.
  if (landscape_) split.set_flex(1);
  lead_ = &split.add<ui::Column>(24);
  actions_ = &split.add<ui::Column>(24);
  for (ui::Column* pane : {lead_, actions_}) pane->set_center_vertically(true);
  if (chrome_.help && !help_in_header) root().add<ui::Button>(ui::tr("help.button"), help, ui::ButtonStyle::quiet);
}

void KioskScreen::on_show(ui::App& app) {
  ui::Screen::on_show(app);
  if (chrome_.calm_background) schedule_background_frame();
}

void KioskScreen::schedule_background_frame() {
  after(kBackgroundFrame, [this] {
    request_draw();
    schedule_background_frame();
  });
}

bool KioskScreen::on_pointer_first(const ui::UiContext& ctx, ui::PointerPhase phase,
                                   ui::Point position) {
  const ui::Rect corner{0, 0, ctx.px(kCorner), ctx.px(kCorner)};
  const bool inside = corner.contains(position);
  if (phase == ui::PointerPhase::down && inside) {
    if (app()) app()->timers().cancel(corner_timer_);
    corner_timer_ = after(flow_.options().admin_hold, [this] { flow_.open_admin(); });
  } else if (phase == ui::PointerPhase::up || !inside) {
    if (corner_timer_ && app()) app()->timers().cancel(corner_timer_);
    corner_timer_ = 0;
  }
  return false;
}

void KioskScreen::draw_background(ui::Painter& painter) const {
  const ui::Theme& theme = painter.theme();
  painter.clear(theme.background);
  if (!chrome_.calm_background) return;
  // Three soft discs drifting on slow, unrelated periods: movement that reads as breathing.
  const double t = std::chrono::duration<double>(painter.now().time_since_epoch()).count();
  const auto out = painter.context().metrics.output();
  const float w = static_cast<float>(out.w);
  const float h = static_cast<float>(out.h);
  struct Disc {
    double period, phase, x, y, radius, tint;
  };
  constexpr Disc discs[] = {{47.0, 0.0, 0.25, 0.30, 0.45, 0.10},
                            {61.0, 2.1, 0.80, 0.62, 0.38, 0.08},
                            {73.0, 4.0, 0.35, 0.88, 0.32, 0.12}};
  for (const Disc& d : discs) {
    const double a = 2.0 * M_PI * t / d.period + d.phase;
    const float cx = static_cast<float>(d.x + 0.06 * std::sin(a)) * w;
    const float cy = static_cast<float>(d.y + 0.04 * std::cos(a * 0.8)) * h;
    const float r = static_cast<float>(d.radius * (1.0 + 0.05 * std::sin(a * 1.3))) * std::min(w, h);
    // A faint tint: its edge needs no anti-aliasing, which would cost more than the fill.
    painter.fill_circle({cx, cy}, r, disc_colour(theme, d.tint * 4.0), ui::Edge::hard);
  }
}

void show_look_card(KioskFlow& flow, ui::Screen& screen) {
  auto& card = screen.show_modal(std::make_unique<ui::Modal>(ui::tr("look.title"), ui::tr("look.body")));
  auto& choices = card.content().add<ui::Column>(24);
  const std::string& now = flow.session().look.empty() ? flow.config().theme : flow.session().look;
  for (const auto& [key, theme] : {std::pair{"look.normal", "normal"}, std::pair{"look.large", "large-text"},
                                   std::pair{"look.contrast", "high-contrast"}}) {
    choices.add<ui::Button>(ui::tr(key), [&flow, &screen, name = std::string(theme)] {
      screen.close_modal();
      flow.set_look(name);  // last: it rebuilds the screen this card is on
    }, now == theme ? ui::ButtonStyle::primary : ui::ButtonStyle::secondary);
  }
  card.add_button(ui::tr("common.cancel"), [&screen] { screen.close_modal(); }, ui::ButtonStyle::quiet);
}

void show_help_card(KioskFlow& flow, ui::Screen& screen) {
  auto& card = screen.show_modal(std::make_unique<ui::Modal>(ui::tr("help.title"), ui::tr("help.body")));
  if (const auto& issued = flow.session().issued) {
    auto& number = card.content().add<ui::Label>(
        ui::literal(fill(flow.t("help.ticket"), {{"ticket", issued->ticket}})), ui::FontSize::normal,
        ui::TextAlign::center);
    number.set_bold(true);
  }
  if (!flow.config().helpline.empty()) {
    auto& line = card.content().add<ui::Label>(
        ui::literal(fill(flow.t("help.helpline"), {{"helpline", flow.config().helpline}})),
        ui::FontSize::small, ui::TextAlign::center);
    line.set_muted(true);
  }
  card.add_button(ui::tr("help.close"), [&screen] {
    screen.close_modal();
    if (auto* kiosk = dynamic_cast<KioskScreen*>(&screen)) kiosk->help_closed();
  });
}

}  // namespace stillpoint::kiosk
