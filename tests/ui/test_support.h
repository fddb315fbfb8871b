#pragma once
// Shared fixture for the toolkit tests: an App on SDL's offscreen driver with a manual clock,
// and helpers that build SDL events the way a touchscreen, mouse or keyboard would.
#include <filesystem>
#include <memory>
#include <string>

#include "stillpoint/core/clock.h"
#include "stillpoint/ui/ui.h"

#include <SDL.h>

namespace stillpoint::ui::test {

// The repository's assets/themes directory.
std::filesystem::path themes_dir();
// A fresh empty directory under the build tree for files a test writes.
std::filesystem::path scratch_dir(const std::string& name);

// An App on the offscreen driver at `size`, with a manual clock starting at a fixed instant.
struct Harness {
  explicit Harness(Size size = {1080, 1920}, Theme theme = Theme{}, Translator translate = {});
  ManualTimeSource clock;
  std::unique_ptr<App> app;

  // Pushes a screen and pumps until it is shown and drawn.
  Screen& show(std::unique_ptr<Screen> screen);
  // A finger tap at `p` (output pixels), followed by the mouse copies SDL makes of it.
  void finger_tap(Point p, bool with_synthetic_mouse = true);
  // A left mouse click at `p` (window coordinates equal output pixels on the offscreen driver).
  void click(Point p);
  void finger(Uint32 type, Point p, SDL_FingerID id = 1);
  void key(SDL_Keycode code, Uint16 mod = KMOD_NONE);
  void text(const std::string& utf8);
  // Taps the centre of a widget.
  void tap(const Widget& w) { finger_tap(w.bounds().center()); }
  void advance_ms(int ms);
};

}  // namespace stillpoint::ui::test
