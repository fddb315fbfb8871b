#pragma once
// Drawing of each part of the lobby screen. Every function only draws: all state it shows
// arrives as arguments, so the same inputs always give the same picture.
#include <string>
#include <string_view>
#include <vector>

#include "look.h"
#include "stillpoint/core/lobby/breathing.h"
#include "stillpoint/display/lobby_strings.h"
#include "stillpoint/display/queue_text.h"
#include "stillpoint/ui/cached_layer.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::display {

// What every part needs: where to draw, in which colours and words.
struct DrawEnv {
  ui::Painter& painter;
  const Palette& palette;
  const LobbyStrings& strings;
  const std::string& language;
  // The breathing shape, painted once and scaled each frame; null draws it shape by shape.
  ui::Sprite* pacer = nullptr;
};

// The footer's contents.
struct FooterText {
  std::string message;
  std::string helpline;  // empty: hidden
  std::string clock;
};

// A soft vertical gradient with a few large, faint circles.
void draw_backdrop(const DrawEnv& env, ui::Rect area);
// The pacer: a shape sized by the breath, the step's words and its count.
void draw_breathing(const DrawEnv& env, ui::Rect area, lobby::BreathingPattern pattern,
                    const lobby::BreathState& state);
// The part of `area` that draw_breathing changes within one step of the breath: the square of
// the shape at its fullest, with the count inside it (the step's words change only between
// steps).
ui::Rect breathing_motion_area(const ui::Painter& painter, ui::Rect area);
// A short title and body, centred.
void draw_text_slide(const DrawEnv& env, ui::Rect area, std::string_view title, std::string_view body);
// The clinic's name, the time and a kind word.
void draw_quiet(const DrawEnv& env, ui::Rect area, std::string_view clinic, std::string_view clock);
// The still parts (backdrop, cards, footer band) are painted into a cached layer; the functions
// below marked "words" draw only what sits on them, every frame.
// The queue card's shape beside (or under) the content.
void draw_panel_card(const DrawEnv& env, ui::Rect area);
// The words on the queue card.
void draw_queue_panel(const DrawEnv& env, ui::Rect area, const QueueText& queue, bool stacked);
// The large card of the queue slide, over the stage.
void draw_queue_full_card(const DrawEnv& env, ui::Rect area);
// The queue filling the stage (the queue slide): the words on its card.
void draw_queue_full(const DrawEnv& env, ui::Rect area, const QueueText& queue);
// "A-07 → Room 2" over the stage (on the bare backdrop); without a code, "Room 2 is ready for
// the next person".
void draw_takeover(const DrawEnv& env, ui::Rect area, std::string_view ticket, std::string_view room);
// "A-07 → Room 2" in `box`, aligned by style.align, with a drawn arrow: on one line when it
// fits the box's width, else the room (wrapped) on the lines under "A-07 →".
void draw_call(const DrawEnv& env, std::string_view ticket, std::string_view room, ui::TextStyle style,
               ui::Color color, ui::Rect box);
// The height draw_call takes at `width`.
int call_height(const DrawEnv& env, std::string_view ticket, std::string_view room, ui::TextStyle style, int width);
// The footer's band, and its words.
void draw_footer_band(const DrawEnv& env, ui::Rect area);
// `two_rows`: the message on top, the helpline and the clock under it (a narrow screen).
void draw_footer(const DrawEnv& env, ui::Rect area, const FooterText& footer, bool two_rows);
// A band of the backdrop colour over `area` at `alpha` (0..1): the crossfade's veil.
void draw_veil(const DrawEnv& env, ui::Rect area, double alpha);

// Text helpers shared by the parts.
// The height `text` takes wrapped at `width`.
int text_height(const DrawEnv& env, std::string_view text, ui::TextStyle style, int width);
// Draws `text` in `box` (aligned by style.align, vertically centred), wrapped at the box's
// width only when it does not fit on one line.
void fitted_text(const DrawEnv& env, std::string_view text, ui::TextStyle style, ui::Color color, ui::Rect box);
// Draws `text` centred horizontally in a band starting at `y`; returns the band's height.
int centred_text(const DrawEnv& env, std::string_view text, ui::TextStyle style, ui::Color color,
                 ui::Rect column, int y);

}  // namespace stillpoint::display
