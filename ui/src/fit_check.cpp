#include "stillpoint/ui/fit_check.h"

#include "stillpoint/ui/metrics.h"
#include "stillpoint/ui/screen.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {
namespace {

// The smallest target a finger hits reliably, in reference pixels (as the gallery's layout
// test has always asked).
constexpr double kMinTarget = 64.0;

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

// A widget inside an interactive one (a key's label) is part of it, not a second target.
bool inside_interactive(const Widget& w) {
  for (const Widget* p = w.parent(); p != nullptr; p = p->parent())
    if (p->interactive()) return true;
  return false;
}

}  // namespace

std::vector<FitProblem> fit_problems(const Screen& screen, const UiContext& ctx) {
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
  }
  for (std::size_t i = 0; i < targets.size(); ++i)
    for (std::size_t j = i + 1; j < targets.size(); ++j)
      if (overlap(targets[i]->bounds(), targets[j]->bounds()))
        problems.push_back({"overlaps " + name_of(*targets[j], ctx), name_of(*targets[i], ctx)});
  return problems;
}

std::string describe(const std::vector<FitProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.widget + ": " + p.what + "\n";
  return out;
}

}  // namespace stillpoint::ui
