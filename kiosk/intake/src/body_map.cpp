#include "stillpoint/kiosk_intake/body_map.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "stillpoint/core/forms/body_map.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::kiosk_intake {

namespace {

constexpr int kGap = 48;         // between the two figures, reference pixels
constexpr int kCaptionGap = 12;  // between a figure and its caption
constexpr int kOutline = 4;
constexpr int kSlop = 24;        // how far off a region a tap may land and still count

bool drawn_on(std::string_view code, FigureView view) {
  const auto side = forms::body_region_side(code);
  if (!side) return false;
  if (*side == forms::BodySide::Both) return true;
  return (*side == forms::BodySide::Front) == (view == FigureView::front);
}

// The shape in output pixels, grown by `grow` on every side (for the outline under it).
ui::Rect to_pixels(const FigureShape& s, float ox, float oy, float scale, float grow) {
  return {static_cast<int>(std::lround(ox + s.x * scale - grow)),
          static_cast<int>(std::lround(oy + s.y * scale - grow)),
          static_cast<int>(std::lround(s.w * scale + 2 * grow)),
          static_cast<int>(std::lround(s.h * scale + 2 * grow))};
}

void fill_shape(ui::Painter& painter, const FigureShape& s, ui::Rect r, float scale, float grow,
                ui::Color color) {
  if (s.kind == FigureShape::Kind::rounded) {
    painter.fill_rounded(r, static_cast<int>(std::lround(s.radius * scale + grow)), color);
    return;
  }
  std::array<ui::PointF, 48> points;
  const float cx = static_cast<float>(r.x) + static_cast<float>(r.w) / 2;
  const float cy = static_cast<float>(r.y) + static_cast<float>(r.h) / 2;
  for (std::size_t i = 0; i < points.size(); ++i) {
    const float a = 2 * std::numbers::pi_v<float> * static_cast<float>(i) /
                    static_cast<float>(points.size());
    points[i] = {cx + std::cos(a) * static_cast<float>(r.w) / 2,
                 cy + std::sin(a) * static_cast<float>(r.h) / 2};
  }
  painter.fill_convex(points, color);
}

}  // namespace

BodyMap::BodyMap(std::vector<std::string> offered, ui::Text front_caption, ui::Text back_caption,
                 std::function<bool(std::string_view)> is_selected,
                 std::function<void(std::string_view)> on_toggle)
    : offered_(std::move(offered)),
      front_caption_(std::move(front_caption)),
      back_caption_(std::move(back_caption)),
      is_selected_(std::move(is_selected)),
      on_toggle_(std::move(on_toggle)) {
  for (FigureView view : {FigureView::front, FigureView::back})
    if (std::any_of(offered_.begin(), offered_.end(),
                    [view](const std::string& code) { return drawn_on(code, view); }))
      views_.push_back(view);
}

void BodyMap::set_max_height(int height) {
  max_height_ = height;
  invalidate_layout();
}

bool BodyMap::offered(std::string_view code) const {
  return std::find(offered_.begin(), offered_.end(), code) != offered_.end();
}

float BodyMap::figure_width(const ui::UiContext& ctx, int width) const {
  const int n = std::max<int>(1, static_cast<int>(views_.size()));
  const float column = static_cast<float>(width - (n - 1) * ctx.px(kGap)) / static_cast<float>(n);
  float w = column * 0.86f;
  if (max_height_ > 0) {
    const float room = static_cast<float>(max_height_ - caption_h_ - ctx.px(kCaptionGap));
    w = std::min(w, room / kFigureHeight);
  }
  return std::max(w, 1.0f);
}

ui::Size BodyMap::measure(const ui::UiContext& ctx, int width) {
  caption_h_ = ctx.text->line_height(ui::FontSize::small);
  const float fw = figure_width(ctx, width);
  return {width, static_cast<int>(std::ceil(fw * kFigureHeight)) + ctx.px(kCaptionGap) + caption_h_};
}

void BodyMap::arrange(const ui::UiContext& ctx, ui::Rect bounds) {
  Widget::arrange(ctx, bounds);
  caption_h_ = ctx.text->line_height(ui::FontSize::small);
  slop_px_ = static_cast<float>(ctx.px(kSlop));
  const float fw = figure_width(ctx, bounds.w);
  const int n = std::max<int>(1, static_cast<int>(views_.size()));
  const int column = (bounds.w - (n - 1) * ctx.px(kGap)) / n;
  const int fig_h = static_cast<int>(std::ceil(fw * kFigureHeight));
  placements_.clear();
  for (int i = 0; i < static_cast<int>(views_.size()); ++i) {
    const int cx = bounds.x + i * (column + ctx.px(kGap)) + column / 2;
    Placement p{views_[static_cast<std::size_t>(i)], static_cast<float>(cx) - fw / 2,
                static_cast<float>(bounds.y), fw, {}};
    p.caption = {cx - column / 2, bounds.y + fig_h + ctx.px(kCaptionGap), column, caption_h_};
    placements_.push_back(p);
  }
  place_hit_areas(ctx.target());
}

void BodyMap::place_hit_areas(int target) {
  areas_.clear();
  for (const auto& place : placements_)
    for (const auto& region : figure_regions(place.view)) {
      if (!offered(region.code)) continue;
      for (const auto& s : region.shapes) {
        ui::Rect r = to_pixels(s, place.x, place.y, place.scale, 0);
        HitArea area{std::string(region.code), place.view, r, false,
                     static_cast<long long>(r.w) * r.h};
        // Grow a small shape's box about its centre to a whole touch target.
        if (r.w < target) {
          area.rect.x -= (target - r.w) / 2;
          area.rect.w = target;
          area.grown = true;
        }
        if (r.h < target) {
          area.rect.y -= (target - r.h) / 2;
          area.rect.h = target;
          area.grown = true;
        }
        areas_.push_back(std::move(area));
      }
    }
  std::stable_sort(areas_.begin(), areas_.end(), [](const HitArea& a, const HitArea& b) {
    if (a.grown != b.grown) return a.grown;
    return a.grown && a.drawn_area < b.drawn_area;
  });
}

std::optional<ui::Point> BodyMap::region_center(std::string_view code, FigureView view) const {
  for (const auto& place : placements_) {
    if (place.view != view) continue;
    for (const auto& region : figure_regions(view)) {
      if (region.code != code || region.shapes.empty()) continue;
      const ui::Rect r = to_pixels(region.shapes.front(), place.x, place.y, place.scale, 0);
      return r.center();
    }
  }
  return std::nullopt;
}

std::optional<std::string> BodyMap::region_at(ui::Point position) const {
  // A drawn shape takes the tap first (never worse than before the boxes grew), then the box
  // around a small shape, smallest first, then the nearest shape within the slop.
  for (const auto& place : placements_) {
    const float ux = (static_cast<float>(position.x) - place.x) / place.scale;
    const float uy = (static_cast<float>(position.y) - place.y) / place.scale;
    const auto code = kiosk_intake::region_at(place.view, ux, uy, 0.0f);
    if (code && offered(*code)) return std::string(*code);
  }
  for (const auto& area : areas_)
    if (area.grown && area.rect.contains(position)) return area.code;
  for (const auto& place : placements_) {
    const float ux = (static_cast<float>(position.x) - place.x) / place.scale;
    const float uy = (static_cast<float>(position.y) - place.y) / place.scale;
    if (ux < -0.2f || ux > 1.2f || uy < -0.2f || uy > kFigureHeight + 0.2f) continue;
    const auto code = kiosk_intake::region_at(place.view, ux, uy, slop_px_ / place.scale);
    if (code && offered(*code)) return std::string(*code);
  }
  return std::nullopt;
}

bool BodyMap::on_pointer(const ui::UiContext&, ui::PointerPhase phase, ui::Point position) {
  const auto under = region_at(position);
  if (phase == ui::PointerPhase::down) {
    pressed_ = under;
  } else if (phase == ui::PointerPhase::move) {
    if (under != pressed_) pressed_.reset();  // sliding off cancels, as on a button
  } else {
    const auto tapped = pressed_;
    pressed_.reset();
    if (tapped && under == tapped && on_toggle_) on_toggle_(*tapped);
  }
  invalidate();
  return true;
}

void BodyMap::draw_figure(ui::Painter& painter, const Placement& place) const {
  const ui::Theme& t = painter.theme();
  const float line = static_cast<float>(std::max(1, painter.px(kOutline)));
  const ui::Color unused = ui::mix(t.background, t.border, 0.35);
  for (const auto& region : figure_regions(place.view)) {
    const bool can_tap = offered(region.code);
    const bool chosen = can_tap && is_selected_ && is_selected_(region.code);
    const bool pressing = pressed_ && *pressed_ == region.code;
    const ui::Color outline = chosen ? t.primary_pressed : t.border;
    const ui::Color fill = chosen ? t.primary
                           : pressing ? t.surface_pressed
                           : can_tap  ? t.surface
                                      : unused;
    for (const auto& s : region.shapes)
      fill_shape(painter, s, to_pixels(s, place.x, place.y, place.scale, line), place.scale, line,
                 outline);
    for (const auto& s : region.shapes)
      fill_shape(painter, s, to_pixels(s, place.x, place.y, place.scale, 0), place.scale, 0, fill);
  }
  const ui::Text& caption = place.view == FigureView::front ? front_caption_ : back_caption_;
  painter.text(painter.context().resolve(caption), {ui::FontSize::small, true, ui::TextAlign::center},
               t.text_muted, place.caption);
}

void BodyMap::draw(ui::Painter& painter) const {
  for (const auto& place : placements_) draw_figure(painter, place);
}

}  // namespace stillpoint::kiosk_intake
