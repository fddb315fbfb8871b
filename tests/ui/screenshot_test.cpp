// Headless screenshots: a PNG of the output size with real content in it.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <set>

#include "gallery.h"
#include "test_support.h"

using namespace stillpoint::ui;

TEST_CASE("a screenshot is a PNG of the output size with non-uniform pixels") {
  for (const Size size : {Size{1080, 1920}, Size{1280, 800}}) {
    test::Harness h(size, Theme{}, gallery::translator("en"));
    h.show(gallery::make_page(gallery::Page::choices));
    const auto path = test::scratch_dir("screenshot") / "choices.png";
    h.app->save_screenshot(path);
    SDL_Surface* png = IMG_Load(path.c_str());
    REQUIRE(png != nullptr);
    CHECK(png->w == size.w);
    CHECK(png->h == size.h);
    SDL_Surface* rgba = SDL_ConvertSurfaceFormat(png, SDL_PIXELFORMAT_RGBA32, 0);
    REQUIRE(rgba != nullptr);
    std::set<Uint32> colours;
    const auto* pixels = static_cast<const Uint32*>(rgba->pixels);
    for (int y = 0; y < rgba->h; y += 7)
      for (int x = 0; x < rgba->w; x += 7) colours.insert(pixels[y * (rgba->pitch / 4) + x]);
    CHECK(colours.size() > 20);  // background, tiles, text edges...
    SDL_FreeSurface(rgba);
    SDL_FreeSurface(png);
  }
}

TEST_CASE("a screenshot into a missing directory fails clearly") {
  test::Harness h;
  h.show(std::make_unique<Screen>());
  CHECK_THROWS_WITH_AS(h.app->save_screenshot("/nonexistent/dir/x.png"),
                       doctest::Contains("/nonexistent/dir/x.png"), std::runtime_error);
}
