#include "stillpoint/ui/fit_check.h"

#include <algorithm>
#include <cstdio>
#include <optional>

#include "stillpoint/ui/metrics.h"
#include "stillpoint/ui/screen.h"
#include "stillpoint/ui/theme.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {
namespace {

// The smallest target a finger hits reliably, in reference pixels (as the gallery's layout
// test has always asked).
constexpr double kMinTarget = 64.0;
// WCAG 2.x AA: text (1.4.3) and the edges of controls (1.4.11).
constexpr double kTextContrast = 4.5;
constexpr double kEdgeContrast = 3.0;
// Glyph outlines may reach a pixel past the measured box.
constexpr int kSlack = 1;

std::string name_of(const Widget& w, const UiContext& ctx) {
  const auto label = w.label(ctx);
  return label.empty() ? std::string("(unlabelled widget)") : "\"" + label + "\"";
}

void collect(const Widget& w, std::vector<const Widget*>& out) {
  if (!w.visible()) return;
  out.push_back(&w);
  for (const auto& child : w.children()) collect(*child, out);
}

bool overlap(const Rect& a, const Rect& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

std::optional<Rect> intersection(const Rect& a, const Rect& b) {
  if (!overlap(a, b)) return std::nullopt;
  const int x = std::max(a.x, b.x);
  const int y = std::max(a.y, b.y);
  return Rect{x, y, std::min(a.x + a.w, b.x + b.w) - x, std::min(a.y + a.h, b.y + b.h) - y};
}

// A widget inside an interactive one (a key's label) is part of it, not a second target.
bool inside_interactive(const Widget& w) {
  for (const Widget* p = w.parent(); p != nullptr; p = p->parent())
    if (p->interactive()) return true;
  return false;
}

Rect grown(Rect r, int by) { return {r.x - by, r.y - by, r.w + 2 * by, r.h + 2 * by}; }

std::string ratio(double r) {
  char out[32];
  std::snprintf(out, sizeof out, "%.2f:1", r);
  return out;
}

Color over(Color top, Color below) { return mix(below, Color{top.r, top.g, top.b, 255}, top.a / 255.0); }

// The worst contrast of a string with what lies beneath it, sampled across its line(s).
double text_contrast(const FrameRecord& frame, const DrawnText& t) {
  const Rect r = t.placed;
  double worst = 21.0;
  for (const double fx : {0.2, 0.5, 0.8})
    for (const double fy : {0.3, 0.5, 0.7}) {
      const Point p{r.x + static_cast<int>(r.w * fx), r.y + static_cast<int>(r.h * fy)};
      const Color below = frame.colour_at(p, t.shapes_below);
      worst = std::min(worst, contrast_ratio(over(t.color, below), below));
    }
  return worst;
}

void check_text(const FrameRecord& frame, const DrawnText& t, std::vector<FitProblem>& out) {
  const std::string name = "\"" + t.text + "\"";
  const Rect window{0, 0, frame.output.w, frame.output.h};
  if (!grown(window, kSlack).contains(t.placed)) out.push_back({"runs off the window", name});
  else if (!grown(t.box, kSlack).contains(t.placed)) {
    out.push_back({"is clipped: needs " + std::to_string(t.placed.w) + "x" + std::to_string(t.placed.h) +
                       ", has " + std::to_string(t.box.w) + "x" + std::to_string(t.box.h),
                   name});
  } else if (t.clip && !grown(*t.clip, kSlack).contains(t.placed)) {
    out.push_back({"is cut by its clip", name});
  }
  if (t.broke_word) out.push_back({"breaks a word across lines", name});
  if (t.color.a == 0) return;
  if (const double c = text_contrast(frame, t); c < kTextContrast)
    out.push_back({"has text contrast " + ratio(c) + " (needs 4.5:1)", name});
}

// The first shape drawn exactly over the widget is its body; its rim against what lay beneath
// is the edge a person sees. An outline ring and the fill inside it both count as edge.
void check_edge(const FrameRecord& frame, const Widget& w, const std::string& name,
                std::vector<FitProblem>& out) {
  const Rect b = w.bounds();
  for (std::size_t i = 0; i < frame.shapes.size(); ++i) {
    if (frame.shapes[i].bounds != b) continue;
    const Point probe{b.x + b.w / 2, b.y + std::min(b.h / 2, 2)};
    const Color below = frame.colour_at(probe, i);
    double best = contrast_ratio(over(frame.shapes[i].color, below), below);
    if (i + 1 < frame.shapes.size() && b.contains(frame.shapes[i + 1].bounds) && frame.shapes[i + 1].bounds != b)
      best = std::max(best, contrast_ratio(over(frame.shapes[i + 1].color, below), below));
    if (best < kEdgeContrast) out.push_back({"has an edge contrast of " + ratio(best) + " (needs 3:1)", name});
    return;
  }
}

}  // namespace

std::vector<FitProblem> text_problems(const FrameRecord& frame) {
  std::vector<FitProblem> problems;
  for (const DrawnText& t : frame.texts) check_text(frame, t, problems);
  // Two strings over each other are read as neither, unless a card or scrim came between them
  // (a modal over its screen).
  for (std::size_t i = 0; i < frame.texts.size(); ++i)
    for (std::size_t j = i + 1; j < frame.texts.size(); ++j)
      if (const auto both = intersection(frame.texts[i].placed, frame.texts[j].placed);
          both && !frame.covered_between(both->center(), frame.texts[i].shapes_below, frame.texts[j].shapes_below))
        problems.push_back({"is drawn over \"" + frame.texts[j].text + "\"", "\"" + frame.texts[i].text + "\""});
  return problems;
}

std::vector<FitProblem> fit_problems(const Screen& screen, const UiContext& ctx, const FrameRecord& frame) {
  std::vector<const Widget*> widgets;
  collect(screen.active_layer(), widgets);
  const Rect glass = ctx.metrics.bounds();
  std::vector<FitProblem> problems;
  std::vector<const Widget*> targets;
  for (const Widget* w : widgets) {
    const Rect b = w->bounds();
    if (b.w > 0 && b.h > 0 && !glass.contains(b))
      problems.push_back({"lies outside the window", name_of(*w, ctx)});
    if (!w->interactive() || inside_interactive(*w)) continue;
    targets.push_back(w);
    if (ctx.metrics.to_reference(b.w) < kMinTarget || ctx.metrics.to_reference(b.h) < kMinTarget)
      problems.push_back({"is smaller than a 64 px target", name_of(*w, ctx)});
    check_edge(frame, *w, name_of(*w, ctx), problems);
  }
  for (std::size_t i = 0; i < targets.size(); ++i)
    for (std::size_t j = i + 1; j < targets.size(); ++j)
      if (overlap(targets[i]->bounds(), targets[j]->bounds()))
        problems.push_back({"overlaps " + name_of(*targets[j], ctx), name_of(*targets[i], ctx)});
  const auto texts = text_problems(frame);
  problems.insert(problems.end(), texts.begin(), texts.end());
  return problems;
}

std::string describe(const std::vector<FitProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.widget + ": " + p.what + "\n";
  return out;
}

}  // namespace stillpoint::ui
