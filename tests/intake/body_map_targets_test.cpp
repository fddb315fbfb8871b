// Every body region is a whole touch target (64 px at 1080p) on the intake page itself, in
// portrait and landscape: checked through the widget's own hit test, not just its geometry.
#include <doctest/doctest.h>

#include <cmath>

#include "intake_harness.h"
#include "stillpoint/core/forms/body_map.h"

namespace stillpoint::kiosk_intake::test {

namespace {

// True when every point of `box` (sampled every 3 px, edges included) chooses `code`.
bool owned(const BodyMap& map, ui::Rect box, const std::string& code) {
  for (int y = box.y;; y = std::min(y + 3, box.y + box.h - 1)) {
    for (int x = box.x;; x = std::min(x + 3, box.x + box.w - 1)) {
      const auto got = map.region_at({x, y});
      if (!got || *got != code) return false;
      if (x == box.x + box.w - 1) break;
    }
    if (y == box.y + box.h - 1) break;
  }
  return true;
}

// Whether some side x side square inside one of `code`'s tap boxes on `view` is all `code`.
bool has_whole_target(const BodyMap& map, const std::string& code, FigureView view, int side) {
  for (const auto& area : map.hit_areas()) {
    if (area.code != code || area.view != view) continue;
    const ui::Rect r = area.rect;
    if (r.w < side || r.h < side) continue;
    for (int y = r.y; y + side <= r.y + r.h; y += 2)
      for (int x = r.x; x + side <= r.x + r.w; x += 2)
        if (owned(map, {x, y, side, side}, code)) return true;
  }
  return false;
}

}  // namespace

static void check_targets(ui::Size size) {
  {
    CAPTURE(size.w);
    CAPTURE(size.h);
    IntakeHarness h(size);
    h.flow->change_answer("tension-areas");  // straight to the body-map page
    h.app->pump();
    const auto maps = h.all<BodyMap>();
    REQUIRE_FALSE(maps.empty());
    const ui::UiContext& ctx = h.app->context();
    // 64 reference pixels in output pixels, rounded up so 1280x800 is not let off lightly.
    const int side = static_cast<int>(std::ceil(64 * ctx.metrics.scale()));
    int checked = 0;
    for (const BodyMap* map : maps) {
      for (FigureView view : map->views()) {
        for (const auto& region : figure_regions(view)) {
          const std::string code(region.code);
          const bool offered = std::any_of(map->hit_areas().begin(), map->hit_areas().end(),
                                           [&](const auto& a) { return a.code == code && a.view == view; });
          if (!offered) continue;
          CAPTURE(code);
          CAPTURE(static_cast<int>(view));
          CHECK(has_whole_target(*map, code, view, side));
          // The tap the tests use (the drawn centre) chooses the region too.
          const auto centre = map->region_center(code, view);
          REQUIRE(centre.has_value());
          CHECK(map->region_at(*centre) == code);
          ++checked;
        }
      }
    }
    // Both maps of the default form (tension areas and areas not to touch) on the page shown,
    // or at least one of them when the page is split in parts: all their regions were checked.
    CHECK(checked >= 10);
  }
}

TEST_CASE("every body region takes taps over at least 64 px at 1080p in portrait") {
  check_targets({1080, 1920});
}

// Landscape puts the figures beside the header, questions and buttons, as tall as the screen,
// so they are as large as in portrait.
TEST_CASE("every body region takes taps over at least 64 px at 1080p in landscape") {
  check_targets({1920, 1080});
  check_targets({1280, 800});
}

}  // namespace stillpoint::kiosk_intake::test
