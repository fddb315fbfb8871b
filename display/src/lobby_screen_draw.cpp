// LobbyScreen's drawing: which parts go where, the crossfade and the takeover's dips.
#include "draw.h"
#include "lobby_screen.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::display {

using std::chrono::duration_cast;
using std::chrono::milliseconds;

namespace {
constexpr milliseconds kTakeoverFade{600};
}

void LobbyScreen::draw_slide(const DrawEnv& env, const lobby::Slide* s, TimePoint now) const {
  const LobbyLayout layout = lobby_layout(env.painter.context().metrics.output(),
                                          env.painter.context().metrics.scale(), deps_.config.panel);
  if (!s) {  // nothing scheduled now: the quiet slide, which needs no file
    draw_quiet(env, layout.content, deps_.clinic_name, clock_);
    return;
  }
  const auto elapsed = duration_cast<milliseconds>(now - slide_started_);
  const int lang = lobby::alternating_language_at(elapsed, s->duration);
  const auto pick = [&](const lobby::Bilingual& b) -> const std::string& { return lang == 0 ? b.en : b.es; };
  switch (s->kind) {
    case lobby::SlideKind::breathing:
      draw_breathing(env, layout.content, s->pattern, lobby::breathing_state(s->pattern, now));
      break;
    case lobby::SlideKind::text: draw_text_slide(env, layout.content, pick(s->title), pick(s->body)); break;
    case lobby::SlideKind::image: {
      const double pan = static_cast<double>(elapsed.count()) / static_cast<double>(s->duration.count());
      images_.draw(env.painter, s->image, layout.content, s->fit, pan);
      if (!s->title.en.empty()) {
        const auto& p = env.painter;
        const ui::Rect band{layout.content.x, layout.content.y + layout.content.h - p.px(150),
                            layout.content.w, p.px(150)};
        env.painter.fill_rect(band, ui::with_alpha(env.palette.panel, 0.85));
        centred_text(env, pick(s->title), {ui::FontSize::normal}, env.palette.text, band,
                     band.y + (band.h - text_height(env, pick(s->title), {ui::FontSize::normal}, band.w)) / 2);
      }
      break;
    }
    case lobby::SlideKind::queue: draw_queue_full(env, layout.stage, queue_); break;
    case lobby::SlideKind::quiet: draw_quiet(env, layout.content, deps_.clinic_name, clock_); break;
  }
}

namespace {

// Which card the still layer carries under the words.
enum class Backing { panel, queue_card, bare };

}  // namespace

void LobbyScreen::draw_content(const DrawEnv& env, TimePoint now) const {
  const LobbyLayout layout = lobby_layout(env.painter.context().metrics.output(),
                                          env.painter.context().metrics.scale(), deps_.config.panel);
  const auto fade = frame_.previous
                        ? lobby::crossfade_at(duration_cast<milliseconds>(now - slide_started_), deps_.config.crossfade)
                        : lobby::CrossfadeFrame{};
  const lobby::Slide* shown = slide(fade.show_incoming ? frame_.current : frame_.previous);
  const lobby::Slide* other = slide(fade.show_incoming ? frame_.previous : frame_.current);
  const bool queue_full = shown && shown->kind == lobby::SlideKind::queue;
  const bool queue_involved = queue_full || (fade.running && other && other->kind == lobby::SlideKind::queue);
  draw_slide(env, shown, now);
  if (!queue_full) draw_queue_panel(env, layout.panel, queue_, layout.panel_row);
  // The veil covers the panel only when the panel itself comes or goes (the queue slide).
  draw_veil(env, queue_involved ? layout.stage : layout.content, fade.veil);
}

std::optional<ui::Rect> LobbyScreen::redraw_area(const ui::Painter& painter, TimePoint now) const {
  std::string key = still_key(now);
  const bool same_still = key == drawn_still_key_;
  drawn_still_key_ = std::move(key);
  // A crossfade or a takeover's dips change the picture without changing the still key.
  const auto* s = slide(frame_.current);
  const bool fading = frame_.previous && lobby::crossfade_at(duration_cast<milliseconds>(now - slide_started_),
                                                             deps_.config.crossfade).running;
  if (!painter.context().frame_kept || !same_still || fading || takeover_ || !s ||
      s->kind != lobby::SlideKind::breathing)
    return std::nullopt;
  const LobbyLayout layout = lobby_layout(painter.context().metrics.output(),
                                          painter.context().metrics.scale(), deps_.config.panel);
  return breathing_motion_area(painter, layout.content);
}

void LobbyScreen::draw_background(ui::Painter& painter) const {
  const TimePoint now = painter.now();
  // On software rendering a frame costs what it covers: when only the pacer moved, the rest of
  // the kept frame stands and only its area is drawn again (every word still goes through the
  // painter, so the record of what the screen shows stays whole).
  const auto area = redraw_area(painter, now);
  if (area) ++partial_frames_;
  painter.set_clip(area);
  const std::string palette_name = active_ ? active_->palette : "day";
  const Palette& palette = palette_named(palette_name);
  const DrawEnv env{painter, palette, deps_.strings, deps_.language, &pacer_};
  const LobbyLayout layout = lobby_layout(painter.context().metrics.output(),
                                          painter.context().metrics.scale(), deps_.config.panel);
  lobby::TakeoverFrame t;
  if (takeover_)
    t = lobby::takeover_at(duration_cast<milliseconds>(now - takeover_->started), deps_.config.takeover,
                           kTakeoverFade);
  Backing backing = Backing::bare;
  if (!t.show_call) {
    const auto fade = frame_.previous ? lobby::crossfade_at(duration_cast<milliseconds>(now - slide_started_),
                                                            deps_.config.crossfade)
                                      : lobby::CrossfadeFrame{};
    const lobby::Slide* shown = slide(fade.show_incoming ? frame_.current : frame_.previous);
    backing = shown && shown->kind == lobby::SlideKind::queue ? Backing::queue_card : Backing::panel;
  }
  // The still picture (gradient, soft shapes, card, footer band) is painted once per palette
  // and backing, then copied: a moving pacer or a new clock digit does not repaint it.
  still_.draw(painter, palette_name + "|" + std::to_string(static_cast<int>(backing)), [&](ui::Painter& p) {
    const DrawEnv still{p, palette, deps_.strings, deps_.language};
    draw_backdrop(still, layout.stage);
    if (backing == Backing::panel) draw_panel_card(still, layout.panel);
    if (backing == Backing::queue_card) draw_queue_full_card(still, layout.stage);
    draw_footer_band(still, layout.footer);
  });
  if (t.show_call) {
    const std::string room = room_label(takeover_->call.room, deps_.strings, deps_.language);
    draw_takeover(env, layout.stage, deps_.config.show_codes ? takeover_->call.ticket : "", room);
  } else {
    draw_content(env, now);
  }
  draw_veil(env, layout.stage, t.veil);
  FooterText footer;
  footer.message = deps_.language == "es" ? deps_.config.message_es : deps_.config.message_en;
  footer.clock = clock_;
  if (!deps_.helpline.empty())
    footer.helpline = deps_.strings.format(deps_.language, "lobby.helpline", {{"number", deps_.helpline}});
  draw_footer(env, layout.footer, footer, layout.footer_two_rows);
}

}  // namespace stillpoint::display
