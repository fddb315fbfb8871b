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

// Draws the outline(s) a body-map question needs and turns taps into region codes. It holds no
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
  std::optional<std::string> hit(ui::Point position) const;
  void draw_figure(ui::Painter& painter, const Placement& place) const;

  std::vector<std::string> offered_;
  std::vector<FigureView> views_;
  ui::Text front_caption_, back_caption_;
  std::function<bool(std::string_view)> is_selected_;
  std::function<void(std::string_view)> on_toggle_;
  std::vector<Placement> placements_;
  std::optional<std::string> pressed_;
  int max_height_ = 0;
  int caption_h_ = 0;
  float slop_px_ = 0;
};

}  // namespace stillpoint::kiosk_intake
