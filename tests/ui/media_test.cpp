// The toolkit's media helpers: ImageTexture loads PNG/JPEG (failures reported, never thrown)
// and draws clipped; TonePlayer plays a buffer at a volume, or is silent without a device.
#include <doctest/doctest.h>

#include <SDL_image.h>

#include <cstdlib>
#include <fstream>
#include <thread>
#include <vector>

#include "stillpoint/ui/cached_layer.h"
#include "stillpoint/ui/image_texture.h"
#include "stillpoint/ui/painter.h"
#include "stillpoint/ui/tone_player.h"
#include "test_support.h"

using namespace stillpoint::ui;

namespace {

// Writes a w x h PNG of one colour.
std::filesystem::path solid_png(const std::filesystem::path& dir, const std::string& name, int w, int h,
                                Color c) {
  SDL_Surface* s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_ARGB8888);
  REQUIRE(s != nullptr);
  SDL_FillRect(s, nullptr, SDL_MapRGBA(s->format, c.r, c.g, c.b, c.a));
  const auto path = dir / name;
  REQUIRE(IMG_SavePNG(s, path.c_str()) == 0);
  SDL_FreeSurface(s);
  return path;
}

// A screen that draws one image over a plain background.
class ImageScreen : public Screen {
public:
  ImageScreen(const ImageTexture& image, FloatRect dst, Rect clip) : image_(image), dst_(dst), clip_(clip) {}
  void draw_background(Painter& painter) const override {
    painter.clear({255, 255, 255});
    drew = image_.draw(painter, dst_, clip_);
  }
  mutable bool drew = false;

private:
  const ImageTexture& image_;
  FloatRect dst_;
  Rect clip_;
};

Color pixel_at(const std::filesystem::path& png, int x, int y) {
  SDL_Surface* loaded = IMG_Load(png.c_str());
  REQUIRE(loaded != nullptr);
  SDL_Surface* s = SDL_ConvertSurfaceFormat(loaded, SDL_PIXELFORMAT_ARGB8888, 0);
  SDL_FreeSurface(loaded);
  const auto* row = static_cast<const Uint8*>(s->pixels) + y * s->pitch;
  const Uint32 value = reinterpret_cast<const Uint32*>(row)[x];
  Color c;
  SDL_GetRGBA(value, s->format, &c.r, &c.g, &c.b, &c.a);
  SDL_FreeSurface(s);
  return c;
}

}  // namespace

TEST_CASE("an image loads with its size and draws stretched, only inside its clip") {
  test::Harness h({400, 300});
  const auto dir = test::scratch_dir("media-image");
  auto loaded = load_image(solid_png(dir, "red.png", 8, 4, {200, 30, 40}));
  REQUIRE_MESSAGE(loaded.image, loaded.error);
  CHECK(loaded.error.empty());
  CHECK(loaded.image->size() == Size{8, 4});
  // Stretched over 0..400 x 0..300, clipped to the left half.
  auto screen = std::make_unique<ImageScreen>(*loaded.image, FloatRect{0, 0, 400, 300}, Rect{0, 0, 200, 300});
  auto& shown = *screen;
  h.show(std::move(screen));
  CHECK(shown.drew);
  h.app->save_screenshot(dir / "shot.png");
  CHECK(pixel_at(dir / "shot.png", 100, 150) == Color{200, 30, 40});
  CHECK(pixel_at(dir / "shot.png", 300, 150) == Color{255, 255, 255});  // outside the clip
}

TEST_CASE("a missing, broken or oversized image is reported by name, never thrown") {
  test::Harness h({400, 300});
  const auto dir = test::scratch_dir("media-broken");
  const auto missing = load_image(dir / "missing.png");
  CHECK_FALSE(missing.image);
  CHECK(missing.error.find("missing.png") != std::string::npos);
  std::ofstream(dir / "junk.png") << "not a picture";
  const auto junk = load_image(dir / "junk.png");
  CHECK_FALSE(junk.image);
  CHECK(junk.error.find("junk.png") != std::string::npos);
  const auto big = load_image(solid_png(dir, "wide.png", 64, 8, {0, 0, 0}), 32);
  CHECK_FALSE(big.image);
  CHECK(big.error.find("64x8") != std::string::npos);
}

TEST_CASE("the tone player plays the buffer scaled by its volume") {
  // SDL's disk driver writes what the device would play to a file: the samples, as sent.
  const auto dir = test::scratch_dir("media-tone");
  const auto out = dir / "played.raw";
  setenv("SDL_AUDIODRIVER", "disk", 1);
  setenv("SDL_DISKAUDIOFILE", out.c_str(), 1);
  {
    TonePlayer player(48000);
    REQUIRE_MESSAGE(player.available(), player.error());
    const std::vector<float> tone(4800, 1.0F);  // 0.1 s at full scale
    CHECK(player.play(tone, 0.25));
    CHECK(player.queued_bytes() > 0);
    for (int i = 0; i < 200 && player.queued_bytes() > 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    CHECK(player.queued_bytes() == 0);
    CHECK_FALSE(player.play(tone, 0.0));  // silence queues nothing
    CHECK_FALSE(player.play({}, 0.5));
  }
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  std::ifstream in(out, std::ios::binary);
  std::vector<float> played;
  float s = 0;
  while (in.read(reinterpret_cast<char*>(&s), sizeof s)) played.push_back(s);
  int loud = 0;
  float peak = 0;
  for (float v : played) {
    peak = std::max(peak, std::abs(v));
    if (std::abs(v - 0.25F) < 1e-4F) ++loud;
  }
  CHECK(peak == doctest::Approx(0.25).epsilon(1e-4));
  CHECK(loud >= 4800);
}

TEST_CASE("without an audio device the tone player is silent and says why") {
  setenv("SDL_AUDIODRIVER", "no-such-driver", 1);
  {
    TonePlayer player;
    CHECK_FALSE(player.available());
    CHECK_FALSE(player.error().empty());
    const std::vector<float> tone(480, 0.5F);
    CHECK_FALSE(player.play(tone, 1.0));
    CHECK(player.queued_bytes() == 0);
  }
  setenv("SDL_AUDIODRIVER", "dummy", 1);
}

namespace {

// A screen whose background is a cached layer (a red band on white) under a label drawn each
// frame; the layer's key is chosen by the test.
class LayeredScreen : public Screen {
public:
  explicit LayeredScreen(bool opaque) : layer(opaque) {}
  void draw_background(Painter& painter) const override {
    layer.draw(painter, key, [&](Painter& p) {
      p.fill_rect({0, 0, 400, 300}, {255, 255, 255});
      p.fill_rect({0, 0, 400, 100}, band);
    });
    painter.text(word, {}, {0, 0, 0}, {0, 200, 400, 100});
  }
  mutable CachedLayer layer;
  std::string key = "red";
  Color band{220, 0, 0};
  std::string word = "first";
};

}  // namespace

TEST_CASE("a cached layer is painted once per key and shows under what each frame draws") {
  for (const bool opaque : {true, false}) {
    CAPTURE(opaque);
    test::Harness h({400, 300});
    const auto dir = test::scratch_dir(opaque ? "media-layer-opaque" : "media-layer-blended");
    auto owned = std::make_unique<LayeredScreen>(opaque);
    auto& screen = *owned;
    h.show(std::move(owned));
    for (const char* word : {"second", "third"}) {
      screen.word = word;
      screen.request_draw();
      CHECK(h.app->pump());
    }
    CHECK(screen.layer.repaints() == 1);  // three frames, one paint
    CHECK(h.app->drawn_text() == std::vector<std::string>{"third"});  // words still drawn each frame
    h.app->save_screenshot(dir / "red.png");
    CHECK(pixel_at(dir / "red.png", 200, 50) == Color{220, 0, 0});
    CHECK(pixel_at(dir / "red.png", 10, 150) == Color{255, 255, 255});
    screen.band = {0, 0, 220};  // a new picture under the same key is not painted...
    screen.request_draw();
    h.app->pump();
    CHECK(screen.layer.repaints() == 1);
    screen.key = "blue";  // ...until the key says it changed
    screen.request_draw();
    h.app->pump();
    CHECK(screen.layer.repaints() == 2);
    h.app->save_screenshot(dir / "blue.png");
    CHECK(pixel_at(dir / "blue.png", 200, 50) == Color{0, 0, 220});
  }
}

namespace {

// A white screen with a sprite (a green square painted on a 10x10 canvas) scaled to `dst`.
class SpriteScreen : public Screen {
public:
  void draw_background(Painter& painter) const override {
    painter.clear({255, 255, 255});
    sprite.draw(painter, "green", {10, 10}, dst, ink, [this](Painter& p) { p.fill_rect({0, 0, 10, 10}, ink); });
  }
  mutable Sprite sprite;
  FloatRect dst{100, 100, 50, 50};
  Color ink{0, 160, 0};
};

}  // namespace

TEST_CASE("a sprite is painted once and drawn scaled wherever each frame puts it") {
  test::Harness h({400, 300});
  const auto dir = test::scratch_dir("media-sprite");
  auto owned = std::make_unique<SpriteScreen>();
  auto& screen = *owned;
  h.show(std::move(owned));
  h.app->save_screenshot(dir / "small.png");
  CHECK(pixel_at(dir / "small.png", 125, 125) == Color{0, 160, 0});
  CHECK(pixel_at(dir / "small.png", 160, 125) == Color{255, 255, 255});
  screen.dst = {100, 100, 200, 150};  // grown: the same picture, stretched
  screen.request_draw();
  h.app->pump();
  h.app->save_screenshot(dir / "large.png");
  CHECK(pixel_at(dir / "large.png", 280, 230) == Color{0, 160, 0});
  CHECK(pixel_at(dir / "large.png", 320, 230) == Color{255, 255, 255});
  CHECK(screen.sprite.repaints() == 1);
}

TEST_CASE("a translucent sprite keeps its colour: its canvas fades to that colour, not black") {
  test::Harness h({400, 300});
  const auto dir = test::scratch_dir("media-sprite-halo");
  auto owned = std::make_unique<SpriteScreen>();
  owned->ink = {0, 160, 0, 128};
  h.show(std::move(owned));
  h.app->save_screenshot(dir / "halo.png");
  // Half green over white; painted into a canvas of transparent black it came out (127, 167, 127).
  const Color got = pixel_at(dir / "halo.png", 125, 125);
  CHECK(std::abs(got.r - 127) <= 2);
  CHECK(std::abs(got.g - 207) <= 2);
  CHECK(std::abs(got.b - 127) <= 2);
}

namespace {

// Draws a picture partly off the output at `dst`, or, on every other frame when `alternate`,
// somewhere else: a picture never drawn twice in a row at one size is stretched afresh.
class PanScreen : public Screen {
public:
  PanScreen(const ImageTexture& image, bool alternate) : image_(image), alternate_(alternate) {}
  void draw_background(Painter& painter) const override {
    painter.clear({255, 255, 255});
    const bool elsewhere = alternate_ && (++frames_ % 2 == 0);
    image_.draw(painter, elsewhere ? FloatRect{10, 10, 100, 60} : FloatRect{-57.5f, 20, 410, 230},
                {0, 0, 300, 280});
  }

private:
  const ImageTexture& image_;
  bool alternate_;
  mutable int frames_ = 0;
};

// A 16 x 8 picture in four colour bands, so a shifted or mis-scaled copy shows.
std::filesystem::path banded_png(const std::filesystem::path& dir) {
  SDL_Surface* s = SDL_CreateRGBSurfaceWithFormat(0, 16, 8, 32, SDL_PIXELFORMAT_ARGB8888);
  REQUIRE(s != nullptr);
  const Color bands[] = {{200, 30, 40}, {30, 160, 60}, {40, 60, 200}, {230, 200, 40}};
  for (int i = 0; i < 4; ++i) {
    const SDL_Rect r{i * 4, 0, 4, 8};
    SDL_FillRect(s, &r, SDL_MapRGBA(s->format, bands[i].r, bands[i].g, bands[i].b, 255));
  }
  const auto path = dir / "bands.png";
  REQUIRE(IMG_SavePNG(s, path.c_str()) == 0);
  SDL_FreeSurface(s);
  return path;
}

}  // namespace

TEST_CASE("a picture drawn again at the same size looks as it did when stretched afresh") {
  const auto dir = test::scratch_dir("media-pan");
  const auto png = banded_png(dir);
  std::vector<std::string> shots;
  for (const bool alternate : {true, false}) {
    test::Harness h({400, 300});
    auto loaded = load_image(png);
    REQUIRE(loaded.image);
    h.show(std::make_unique<PanScreen>(*loaded.image, alternate));
    for (int i = 0; i < 3; ++i) {
      h.app->invalidate();
      h.app->pump();
    }
    const auto path = dir / (alternate ? "fresh.png" : "kept.png");
    h.app->save_screenshot(path);  // a frame at the partly off-screen place, either way
    std::ifstream in(path, std::ios::binary);
    shots.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  CHECK_FALSE(shots[0].empty());
  CHECK(shots[0] == shots[1]);  // same pixels, same PNG
  CHECK(pixel_at(dir / "kept.png", 350, 150) == Color{255, 255, 255});  // outside the clip
  CHECK(pixel_at(dir / "kept.png", 5, 100) == Color{200, 30, 40});       // the first band, panned left
}
