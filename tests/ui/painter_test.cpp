// What the painter draws, read back from a headless screenshot: shapes filled solid inside
// with soft edges, nothing outside them, and translucent areas (the modal scrim) blended right.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <cstdlib>

#include "stillpoint/ui/painter.h"
#include "test_support.h"

using namespace stillpoint::ui;

namespace {

constexpr Color kBack{240, 240, 240, 255};
constexpr Color kInk{20, 90, 160, 255};
constexpr Color kScrim{0, 0, 0, 128};

// Draws a known picture behind an empty screen.
class Canvas : public Screen {
public:
  void draw_background(Painter& p) const override {
    p.clear(kBack);
    p.fill_rounded({100, 100, 600, 300}, 60, kInk);
    p.fill_circle({400.0f, 900.0f}, 250.0f, kInk);
    p.fill_rect({0, 1300, 1080, 600}, kScrim);  // big and translucent: the scrim's path
    p.fill_rect({50, 1200, 40, 40}, kScrim);    // small and translucent: plain blending
  }
};

struct Picture {
  SDL_Surface* rgba = nullptr;
  explicit Picture(const std::filesystem::path& path) {
    SDL_Surface* png = IMG_Load(path.c_str());
    REQUIRE(png != nullptr);
    rgba = SDL_ConvertSurfaceFormat(png, SDL_PIXELFORMAT_RGBA32, 0);
    SDL_FreeSurface(png);
    REQUIRE(rgba != nullptr);
  }
  ~Picture() { SDL_FreeSurface(rgba); }
  Color at(int x, int y) const {
    const auto* px = static_cast<const Uint8*>(rgba->pixels) + y * rgba->pitch + x * 4;
    return {px[0], px[1], px[2], px[3]};
  }
};

bool near(Color a, Color b, int tolerance = 2) {
  return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
         std::abs(a.b - b.b) <= tolerance;
}

}  // namespace

TEST_CASE("shapes are solid inside, untouched outside, and translucent fills blend") {
  test::Harness h({1080, 1920});
  h.show(std::make_unique<Canvas>());
  const auto path = test::scratch_dir("painter") / "canvas.png";
  h.app->save_screenshot(path);
  const Picture pic(path);
  // The rounded rectangle: inside (centre, just inside each straight edge), outside the corner.
  CHECK(near(pic.at(400, 250), kInk));
  CHECK(near(pic.at(102, 250), kInk));
  CHECK(near(pic.at(697, 250), kInk));
  CHECK(near(pic.at(400, 102), kInk));
  CHECK(near(pic.at(400, 397), kInk));
  CHECK(near(pic.at(104, 104), kBack));  // cut off by the round corner
  CHECK(near(pic.at(97, 250), kBack));
  CHECK(near(pic.at(703, 250), kBack));
  // The circle: solid inside, including near its rim; background outside its bounding square.
  CHECK(near(pic.at(400, 900), kInk));
  CHECK(near(pic.at(400, 652), kInk));
  CHECK(near(pic.at(647, 900), kInk));
  CHECK(near(pic.at(160, 660), kBack));  // inside the bounding square, outside the disc
  CHECK(near(pic.at(400, 1160), kBack));
  // Half-black over the background, large and small alike.
  const Color half{120, 120, 120, 255};
  CHECK(near(pic.at(540, 1600), half, 3));
  CHECK(near(pic.at(1079, 1899), half, 3));
  CHECK(near(pic.at(540, 1905), kBack));
  CHECK(near(pic.at(0, 1300), half, 3));
  CHECK(near(pic.at(60, 1210), half, 3));
  CHECK(near(pic.at(540, 1299), kBack));
  CHECK(near(pic.at(95, 1210), kBack));
}

namespace {

// One big hard-edged disc on the background.
class HardDisc : public Screen {
public:
  void draw_background(Painter& p) const override {
    p.clear(kBack);
    p.fill_circle({200.0f, 150.0f}, 120.0f, kInk, Edge::hard);
  }
};

}  // namespace

TEST_CASE("a hard-edged disc is solid with no blended rim: every pixel is either colour") {
  test::Harness h({400, 300});
  h.show(std::make_unique<HardDisc>());
  const auto path = test::scratch_dir("painter-hard") / "disc.png";
  h.app->save_screenshot(path);
  const Picture pic(path);
  int ink = 0;
  int other = 0;
  for (int y = 0; y < 300; ++y)
    for (int x = 0; x < 400; ++x) {
      const Color c = pic.at(x, y);
      if (c == kInk) ++ink;
      else if (c != kBack) ++other;
    }
  CHECK(other == 0);
  // The disc's area, within its polygon's shortfall (64 sides) and a pixel of rounding.
  CHECK(ink == doctest::Approx(3.14159 * 120 * 120).epsilon(0.01));
  CHECK(pic.at(200, 150) == kInk);
  CHECK(pic.at(200, 32) == kInk);   // just inside the top
  CHECK(pic.at(200, 28) == kBack);  // just outside it
}
