#include <doctest/doctest.h>

#include "stillpoint/core/forms/body_map.h"
#include "stillpoint/kiosk_intake/body_figure.h"

namespace stillpoint::kiosk_intake {

namespace {
bool drawn(FigureView view, std::string_view code) {
  for (const auto& r : figure_regions(view))
    if (r.code == code) return true;
  return false;
}
}  // namespace

TEST_CASE("every engine body region is drawn on the side the engine says") {
  for (auto code : forms::body_regions()) {
    const auto side = forms::body_region_side(code);
    REQUIRE(side.has_value());
    CHECK(drawn(FigureView::front, code) == (*side != forms::BodySide::Back));
    CHECK(drawn(FigureView::back, code) == (*side != forms::BodySide::Front));
  }
}

TEST_CASE("the centre of each region's first shape hits that region") {
  for (FigureView view : {FigureView::front, FigureView::back})
    for (const auto& region : figure_regions(view)) {
      const auto& s = region.shapes.front();
      const auto hit = region_at(view, s.x + s.w / 2, s.y + s.h / 2, 0);
      REQUIRE(hit.has_value());
      CHECK(*hit == region.code);
    }
}

TEST_CASE("each region is at least 64 px across on a 440 px wide figure") {
  // 440 px is the figure's width at 1080x1920 portrait.
  for (FigureView view : {FigureView::front, FigureView::back})
    for (const auto& region : figure_regions(view)) {
      float widest = 0, tallest = 0;
      for (const auto& s : region.shapes) {
        widest = std::max(widest, s.w * 440);
        tallest = std::max(tallest, s.h * 440);
      }
      INFO(region.code);
      CHECK(widest >= 64);
      CHECK(tallest >= 44);  // shoulders and feet are wide and low; their width carries the tap
    }
}

TEST_CASE("a tap just off a hand still counts, a tap far away does not") {
  CHECK(region_at(FigureView::front, 0.19f, 1.20f, 0.05f) == std::optional<std::string_view>("hands"));
  CHECK_FALSE(region_at(FigureView::front, 0.02f, 2.25f, 0.05f).has_value());
}

}  // namespace stillpoint::kiosk_intake
