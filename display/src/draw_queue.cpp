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

// Type sizes, largest first: the full-screen slide starts at 0 and the card at 1, and each
// steps down until its words fit (three people in rooms, a long room name).
constexpr int kFullSlide = 0;
constexpr int kCard = 1;
constexpr int kSmallest = 2;

// The card's lines in blocks: serving, next, counts, status, set at type level `level`.
std::vector<std::vector<Line>> queue_blocks(const DrawEnv& env, const QueueText& q, int level) {
  const Palette& c = env.palette;
  const bool large = level == kFullSlide;
  const FontSize head = large ? FontSize::normal : FontSize::small;
  const FontSize body = large ? FontSize::large : level == kCard ? FontSize::normal : FontSize::small;
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
  std::vector<Line> counts{{q.waiting, {body}, c.text}};
  if (!q.wait_range.empty()) counts.push_back({q.wait_range, {head}, c.text, 8});
  blocks.push_back(std::move(counts));
  if (!q.status.empty()) blocks.push_back({{q.status, {FontSize::small}, c.muted}});
  return blocks;
}

// The height one line takes at `width`: plain text, or a call whose room may wrap under it.
int line_height(const DrawEnv& env, const Line& l, ui::TextStyle style, int width) {
  return l.room.empty() ? text_height(env, l.text, style, width) : call_height(env, l.text, l.room, style, width);
}

int block_height(const DrawEnv& env, const std::vector<Line>& block, int width) {
  int h = 0;
  for (const auto& l : block) h += env.painter.px(l.gap_before) + line_height(env, l, l.style, width);
  return h;
}

int draw_block(const DrawEnv& env, const std::vector<Line>& block, Rect column, int y,
               ui::TextAlign align) {
  const int top = y;
  for (const auto& l : block) {
    y += env.painter.px(l.gap_before);
    ui::TextStyle style = l.style;
    style.align = align;
    const int h = line_height(env, l, style, column.w);
    if (l.room.empty()) fitted_text(env, l.text, style, l.color, {column.x, y, column.w, h});
    else draw_call(env, l.text, l.room, style, l.color, {column.x, y, column.w, h});
    y += h;
  }
  return y - top;
}

int stacked_height(const DrawEnv& env, const std::vector<std::vector<Line>>& blocks, int width) {
  int total = 0;
  for (const auto& b : blocks) total += block_height(env, b, width);
  return total + env.painter.px(44) * static_cast<int>(blocks.size() - 1);
}

int tallest_block(const DrawEnv& env, const std::vector<std::vector<Line>>& blocks, int width) {
  int tallest = 0;
  for (const auto& b : blocks) tallest = std::max(tallest, block_height(env, b, width));
  return tallest;
}

// The blocks at the largest type, from `level` down, whose `height` fits `available`.
template <class Height>
std::vector<std::vector<Line>> fitting_blocks(const DrawEnv& env, const QueueText& q, int level, int available,
                                              Height height) {
  auto blocks = queue_blocks(env, q, level);
  while (level < kSmallest && height(blocks) > available) blocks = queue_blocks(env, q, ++level);
  return blocks;
}

// Blocks one under another, centred as a group.
void stack_blocks(const DrawEnv& env, const std::vector<std::vector<Line>>& blocks, Rect area,
                  ui::TextAlign align) {
  const int gap = env.painter.px(44);
  const int total = stacked_height(env, blocks, area.w);
  int y = area.y + std::max(0, (area.h - total) / 2);
  for (const auto& b : blocks) y += draw_block(env, b, area, y, align) + gap;
}

// The first block's calls, one column each (a short card holds one call under its heading, not
// three): the first keeps "Now serving", the others a blank line in its place so calls align.
std::vector<std::vector<Line>> calls_side_by_side(std::vector<std::vector<Line>> blocks) {
  std::vector<Line> serving = std::move(blocks.front());
  blocks.erase(blocks.begin());
  std::vector<std::vector<Line>> out;
  for (std::size_t i = 1; i < serving.size(); ++i) {
    Line heading = serving.front();
    if (i > 1) heading.text.clear();
    out.push_back({heading, serving[i]});
  }
  for (auto& b : blocks) out.push_back(std::move(b));
  return out;
}

int row_block_width(const DrawEnv& env, const std::vector<std::vector<Line>>& blocks, int width) {
  const int n = static_cast<int>(blocks.size());
  return (width - env.painter.px(40) * (n - 1)) / n;
}

// Blocks side by side (the bottom card): equal columns, each vertically centred.
void row_blocks(const DrawEnv& env, const std::vector<std::vector<Line>>& blocks, Rect area) {
  const int w = row_block_width(env, blocks, area.w);
  const int gap = env.painter.px(40);
  const int n = static_cast<int>(blocks.size());
  for (int i = 0; i < n; ++i) {
    const Rect col{area.x + i * (w + gap), area.y, w, area.h};
    const auto& b = blocks[static_cast<std::size_t>(i)];
    const int y = col.y + std::max(0, (col.h - block_height(env, b, w)) / 2);
    draw_block(env, b, col, y, ui::TextAlign::center);
  }
}

}  // namespace

namespace {

struct CallMetrics {
  ui::Size ticket;
  ui::Size room;
  int line;
  int arrow_w;
  int gap;
  int one_line_w;
};

CallMetrics call_metrics(const DrawEnv& env, std::string_view ticket, std::string_view room, ui::TextStyle style) {
  auto& cache = *env.painter.context().text;
  CallMetrics m{cache.measure(ticket, style, 0), cache.measure(room, style, 0), cache.line_height(style.size), 0, 0, 0};
  m.arrow_w = m.line * 9 / 10;
  m.gap = m.line * 3 / 10;
  m.one_line_w = m.ticket.w + m.gap + m.arrow_w + m.gap + m.room.w;
  return m;
}

// The arrow is drawn, not typed: the kiosk's fonts do not all carry U+2192.
void draw_arrow(const DrawEnv& env, float x0, float mid, const CallMetrics& m, ui::Color color) {
  const float w = static_cast<float>(m.arrow_w);
  const float half = static_cast<float>(m.line) * 0.2F;
  const float shaft = std::max(2.0F, static_cast<float>(m.line) * 0.045F);
  const ui::PointF body[] = {{x0, mid - shaft}, {x0 + w * 0.6F, mid - shaft}, {x0 + w * 0.6F, mid + shaft},
                             {x0, mid + shaft}};
  const ui::PointF head[] = {{x0 + w * 0.5F, mid - half}, {x0 + w, mid}, {x0 + w * 0.5F, mid + half}};
  env.painter.fill_convex(body, color);
  env.painter.fill_convex(head, color);
}

int aligned_x(Rect box, int width, ui::TextAlign align) {
  if (align == ui::TextAlign::center) return box.x + (box.w - width) / 2;
  if (align == ui::TextAlign::right) return box.x + box.w - width;
  return box.x;
}

}  // namespace

int call_height(const DrawEnv& env, std::string_view ticket, std::string_view room, ui::TextStyle style, int width) {
  const CallMetrics m = call_metrics(env, ticket, room, style);
  if (m.one_line_w <= width) return std::max(m.ticket.h, m.room.h);
  return m.ticket.h + text_height(env, room, style, width);
}

void draw_call(const DrawEnv& env, std::string_view ticket, std::string_view room, ui::TextStyle style,
               ui::Color color, Rect box) {
  auto& p = env.painter;
  const CallMetrics m = call_metrics(env, ticket, room, style);
  const ui::TextAlign align = style.align;
  const bool one_line = m.one_line_w <= box.w;
  const int first_w = one_line ? m.one_line_w : m.ticket.w + m.gap + m.arrow_w;
  const int line_h = one_line ? box.h : m.ticket.h;
  const int x = aligned_x(box, first_w, align);
  style.align = ui::TextAlign::left;
  p.text(ticket, style, color, {x, box.y, m.ticket.w + 4, line_h});
  const float x0 = static_cast<float>(x + m.ticket.w + m.gap);
  draw_arrow(env, x0, static_cast<float>(box.y) + static_cast<float>(line_h) / 2.0F, m, color);
  if (one_line) {
    p.text(room, style, color, {x + m.ticket.w + 2 * m.gap + m.arrow_w, box.y, m.room.w + 4, box.h});
    return;
  }
  // A long room name under its ticket, wrapped to the box.
  style.align = align;
  fitted_text(env, room, style, color, {box.x, box.y + line_h, box.w, box.h - line_h});
}

void draw_panel_card(const DrawEnv& env, Rect area) {
  auto& p = env.painter;
  p.fill_rounded(area.inset(p.px(32)), p.px(36), env.palette.panel);
}

void draw_queue_panel(const DrawEnv& env, Rect area, const QueueText& queue, bool stacked) {
  auto& p = env.painter;
  const Rect inner = area.inset(p.px(32)).inset(p.px(40));
  if (stacked) {
    // A stale line spans the card under the columns, rather than narrowing them all.
    QueueText columns = queue;
    Rect rows = inner;
    if (!queue.status.empty() && queue.placeholder.empty()) {
      columns.status.clear();
      const ui::TextStyle small{FontSize::small, false, ui::TextAlign::center};
      const int status_h = text_height(env, queue.status, small, inner.w);
      rows.h -= status_h;
      fitted_text(env, queue.status, small, env.palette.muted, {inner.x, rows.y + rows.h, inner.w, status_h});
    }
    const auto height = [&](const auto& b) { return tallest_block(env, b, row_block_width(env, b, rows.w)); };
    // Largest type first; then the calls side by side; then without the next codes (calls and
    // counts always stay).
    std::vector<std::vector<Line>> blocks;
    for (int attempt = 0; attempt < 3; ++attempt) {
      if (attempt == 2) {
        columns.next_codes.clear();
        columns.next_heading.clear();
      }
      const bool spread = attempt > 0 && !columns.serving.empty();
      for (int level = kCard; level <= kSmallest; ++level) {
        blocks = queue_blocks(env, columns, level);
        if (spread) blocks = calls_side_by_side(std::move(blocks));
        if (height(blocks) <= rows.h) break;
      }
      if (height(blocks) <= rows.h) break;
    }
    row_blocks(env, blocks, rows);
  } else {
    const auto blocks = fitting_blocks(env, queue, kCard, inner.h,
                                       [&](const auto& b) { return stacked_height(env, b, inner.w); });
    stack_blocks(env, blocks, inner, ui::TextAlign::left);
  }
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
  const auto blocks = fitting_blocks(env, queue, kFullSlide, below.h,
                                     [&](const auto& b) { return stacked_height(env, b, below.w); });
  stack_blocks(env, blocks, below, ui::TextAlign::center);
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
  const int headline_h =
      ticket.empty() ? text_height(env, headline, big, column.w) : call_height(env, ticket, room, big, column.w);
  const int total = headline_h + gap + text_height(env, thanks, {FontSize::normal}, column.w);
  int y = column.y + (column.h - total) / 2;
  if (ticket.empty()) centred_text(env, headline, big, env.palette.code, column, y);
  else draw_call(env, ticket, room, big, env.palette.code, {column.x, y, column.w, headline_h});
  y += headline_h + gap;
  centred_text(env, thanks, {FontSize::normal}, env.palette.text, column, y);
}

}  // namespace stillpoint::display
