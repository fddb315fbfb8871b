// The queue: the card beside the content, the full-screen queue slide and the call takeover.
#include <algorithm>

#include "draw.h"

namespace stillpoint::display {

using ui::FontSize;
using ui::Rect;

namespace {

// One line of the card: text in a style and colour.
struct Line {
  std::string text;
  ui::TextStyle style;
  ui::Color color;
  int gap_before = 0;  // reference pixels
  std::string room{};  // set: the line is "text → room" with a drawn arrow
};

std::string join_codes(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& code : codes) out += (out.empty() ? "" : "   ") + code;
  return out;
}

// The card's lines in blocks: serving, next, counts, status. `large` is the full-screen size.
std::vector<std::vector<Line>> queue_blocks(const DrawEnv& env, const QueueText& q, bool large) {
  const Palette& c = env.palette;
  const FontSize head = large ? FontSize::normal : FontSize::small;
  const FontSize body = large ? FontSize::large : FontSize::normal;
  std::vector<std::vector<Line>> blocks;
  if (!q.placeholder.empty()) {
    blocks.push_back(std::vector<Line>{Line{q.placeholder, {FontSize::normal}, c.muted}});
    return blocks;
  }
  if (!q.serving.empty()) {
    std::vector<Line> block{{q.serving_heading, {head}, c.muted}};
    for (const auto& s : q.serving)
      block.push_back({s.ticket, {body, true}, c.code, 8, s.room});
    blocks.push_back(std::move(block));
  }
  if (!q.next_codes.empty())
    blocks.push_back({{q.next_heading, {head}, c.muted}, {join_codes(q.next_codes), {body}, c.code, 8}});
  std::vector<Line> counts{{q.waiting, {large ? FontSize::large : FontSize::normal}, c.text}};
  if (!q.wait_range.empty()) counts.push_back({q.wait_range, {head}, c.text, 8});
  blocks.push_back(std::move(counts));
  if (!q.status.empty()) blocks.push_back({{q.status, {FontSize::small}, c.muted}});
  return blocks;
}

int block_height(const DrawEnv& env, const std::vector<Line>& block, int width) {
  int h = 0;
  for (const auto& l : block) h += env.painter.px(l.gap_before) + text_height(env, l.text, l.style, width);
  return h;
}

int draw_block(const DrawEnv& env, const std::vector<Line>& block, Rect column, int y,
               ui::TextAlign align) {
  const int top = y;
  for (const auto& l : block) {
    y += env.painter.px(l.gap_before);
    ui::TextStyle style = l.style;
    style.align = align;
    const int h = text_height(env, l.text, style, column.w);
    if (l.room.empty()) fitted_text(env, l.text, style, l.color, {column.x, y, column.w, h});
    else draw_call(env, l.text, l.room, style, l.color, {column.x, y, column.w, h});
    y += h;
  }
  return y - top;
}

// Blocks one under another, centred as a group.
void stack_blocks(const DrawEnv& env, const std::vector<std::vector<Line>>& blocks, Rect area,
                  ui::TextAlign align) {
  const int gap = env.painter.px(44);
  int total = 0;
  for (const auto& b : blocks) total += block_height(env, b, area.w);
  total += gap * static_cast<int>(blocks.size() - 1);
  int y = area.y + std::max(0, (area.h - total) / 2);
  for (const auto& b : blocks) y += draw_block(env, b, area, y, align) + gap;
}

// Blocks side by side (the bottom card): equal columns, each vertically centred.
void row_blocks(const DrawEnv& env, const std::vector<std::vector<Line>>& blocks, Rect area) {
  const int n = static_cast<int>(blocks.size());
  const int gap = env.painter.px(40);
  const int w = (area.w - gap * (n - 1)) / n;
  for (int i = 0; i < n; ++i) {
    const Rect col{area.x + i * (w + gap), area.y, w, area.h};
    const auto& b = blocks[static_cast<std::size_t>(i)];
    const int y = col.y + std::max(0, (col.h - block_height(env, b, w)) / 2);
    draw_block(env, b, col, y, ui::TextAlign::center);
  }
}

}  // namespace

void draw_call(const DrawEnv& env, std::string_view ticket, std::string_view room, ui::TextStyle style,
               ui::Color color, Rect box) {
  // The arrow is drawn, not typed: the kiosk's fonts do not all carry U+2192.
  auto& p = env.painter;
  auto& cache = *p.context().text;
  const ui::Size a = cache.measure(ticket, style, 0);
  const ui::Size b = cache.measure(room, style, 0);
  const int line = cache.line_height(style.size);
  const int arrow_w = line * 9 / 10;
  const int gap = line * 3 / 10;
  const int total = a.w + gap + arrow_w + gap + b.w;
  int x = box.x;
  if (style.align == ui::TextAlign::center) x += (box.w - total) / 2;
  if (style.align == ui::TextAlign::right) x += box.w - total;
  style.align = ui::TextAlign::left;
  p.text(ticket, style, color, {x, box.y, a.w + 4, box.h});
  const float x0 = static_cast<float>(x + a.w + gap);
  const float mid = static_cast<float>(box.y) + static_cast<float>(box.h) / 2.0F;
  const float w = static_cast<float>(arrow_w);
  const float half = static_cast<float>(line) * 0.2F;
  const float shaft = std::max(2.0F, static_cast<float>(line) * 0.045F);
  const ui::PointF body[] = {{x0, mid - shaft}, {x0 + w * 0.6F, mid - shaft}, {x0 + w * 0.6F, mid + shaft},
                             {x0, mid + shaft}};
  const ui::PointF head[] = {{x0 + w * 0.5F, mid - half}, {x0 + w, mid}, {x0 + w * 0.5F, mid + half}};
  p.fill_convex(body, color);
  p.fill_convex(head, color);
  p.text(room, style, color, {x + a.w + 2 * gap + arrow_w, box.y, b.w + 4, box.h});
}

void draw_panel_card(const DrawEnv& env, Rect area) {
  auto& p = env.painter;
  p.fill_rounded(area.inset(p.px(32)), p.px(36), env.palette.panel);
}

void draw_queue_panel(const DrawEnv& env, Rect area, const QueueText& queue, bool stacked) {
  auto& p = env.painter;
  const Rect inner = area.inset(p.px(32)).inset(p.px(40));
  const auto blocks = queue_blocks(env, queue, false);
  if (stacked) row_blocks(env, blocks, inner);
  else stack_blocks(env, blocks, inner, ui::TextAlign::left);
}

void draw_queue_full_card(const DrawEnv& env, Rect area) {
  auto& p = env.painter;
  p.fill_rounded(area.inset(p.px(64)), p.px(48), env.palette.panel);
}

void draw_queue_full(const DrawEnv& env, Rect area, const QueueText& queue) {
  auto& p = env.painter;
  const Rect inner = area.inset(p.px(64)).inset(p.px(64));
  const std::string title = env.strings.get(env.language, "lobby.queue_title");
  const int title_h = centred_text(env, title, {FontSize::normal, true}, env.palette.muted, inner, inner.y) +
                      p.px(24);
  const Rect below{inner.x, inner.y + title_h, inner.w, inner.h - title_h};
  stack_blocks(env, queue_blocks(env, queue, true), below, ui::TextAlign::center);
}

void draw_takeover(const DrawEnv& env, Rect area, std::string_view ticket, std::string_view room) {
  auto& p = env.painter;
  const Rect column = area.inset(p.px(80));
  const std::string thanks = env.strings.get(env.language, "lobby.thanks");
  const ui::TextStyle big{FontSize::large, true, ui::TextAlign::center};
  const int gap = p.px(36);
  const std::string headline =
      ticket.empty() ? env.strings.format(env.language, "lobby.room_ready", {{"room", std::string(room)}})
                     : std::string(ticket);
  const int headline_h = text_height(env, headline, big, column.w);
  const int total = headline_h + gap + text_height(env, thanks, {FontSize::normal}, column.w);
  int y = column.y + (column.h - total) / 2;
  if (ticket.empty()) centred_text(env, headline, big, env.palette.code, column, y);
  else draw_call(env, ticket, room, big, env.palette.code, {column.x, y, column.w, headline_h});
  y += headline_h + gap;
  centred_text(env, thanks, {FontSize::normal}, env.palette.text, column, y);
}

}  // namespace stillpoint::display
