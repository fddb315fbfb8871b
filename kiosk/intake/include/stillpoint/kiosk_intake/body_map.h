#pragma once
// The body-map widget: front and back outlines drawn from soft shapes, each offered body region
// a finger-sized target; a tap chooses a region (filled with the theme's accent), a second tap
// undoes it.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/kiosk_intake/body_figure.h"
#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::kiosk_intake {

// Draws the outline(s) a body-map question needs and turns taps into region codes. Every
// offered shape is a touch target of at least the theme's size (64 px at 1080p): a shape drawn
// smaller than that (feet, the neck, hands and knees on small figures) also takes taps in a box
// of that size centred on it, where no other region is drawn (a drawn shape always wins). It holds no
// answers: it asks `is_selected` while drawing and reports taps through `on_toggle`, so the
// FormSession stays the one place an answer lives. Regions the form does not offer are drawn
// greyed and take no taps.
class BodyMap : public ui::Widget {
public:
  BodyMap(std::vector<std::string> offered, ui::Text front_caption, ui::Text back_caption,
          std::function<bool(std::string_view)> is_selected,
          std::function<void(std::string_view)> on_toggle);

  // Caps the height in output pixels (0: as tall as the width allows), so the map fits a page.
  void set_max_height(int height);
  // The views drawn: front and/or back, depending on the offered regions.
  const std::vector<FigureView>& views() const { return views_; }
  // Where to tap for `code` on `view` (output pixels), or nothing when it is not drawn there.
  std::optional<ui::Point> region_center(std::string_view code, FigureView view) const;

  // Where one shape of an offered region takes taps (output pixels).
  struct HitArea {
    std::string code;
    FigureView view;
    ui::Rect rect;      // the drawn shape's box, grown to at least a touch target
    bool grown = false; // smaller than a target as drawn
    long long drawn_area = 0;
  };
  // Every offered shape's tap box, the grown ones first (smallest drawn first).
  const std::vector<HitArea>& hit_areas() const { return areas_; }
  // The offered region a tap at `position` chooses, if any.
  std::optional<std::string> region_at(ui::Point position) const;

  ui::Size measure(const ui::UiContext& ctx, int width) override;
  void arrange(const ui::UiContext& ctx, ui::Rect bounds) override;
  void draw(ui::Painter& painter) const override;
  bool on_pointer(const ui::UiContext& ctx, ui::PointerPhase phase, ui::Point position) override;
  bool interactive() const override { return true; }

private:
  // Where one figure is drawn: its top-left in output pixels and pixels per figure unit.
  struct Placement {
    FigureView view;
    float x = 0, y = 0, scale = 1;
    ui::Rect caption;
  };
  float figure_width(const ui::UiContext& ctx, int width) const;
  bool offered(std::string_view code) const;
  void place_hit_areas(int target);
  void draw_figure(ui::Painter& painter, const Placement& place) const;

  std::vector<std::string> offered_;
  std::vector<FigureView> views_;
  ui::Text front_caption_, back_caption_;
  std::function<bool(std::string_view)> is_selected_;
  std::function<void(std::string_view)> on_toggle_;
  std::vector<Placement> placements_;
  std::vector<HitArea> areas_;
  std::optional<std::string> pressed_;
  int max_height_ = 0;
  int caption_h_ = 0;
  float slop_px_ = 0;
};

}  // namespace stillpoint::kiosk_intake
