#pragma once
// The kiosk under test: an App on SDL's offscreen driver with a manual clock, the real flow with
// the repository's catalogs and theme, and helpers that tap by visible label like a finger.
#include <filesystem>
#include <memory>
#include <string>

#include <SDL.h>

#include "stillpoint/kiosk/backend.h"
#include "stillpoint/kiosk/flow.h"
#include "stillpoint/ui/ui.h"

namespace stillpoint::kiosk::test {

std::filesystem::path source_dir();
std::filesystem::path scratch_dir(const std::string& name);
// The shipped config with short timeouts and a PIN.
DeviceConfig test_config();

struct Kiosk {
  explicit Kiosk(std::shared_ptr<KioskBackend> backend = nullptr, DeviceConfig config = test_config(),
                 IntakeFactory intake = {}, ui::Size size = {1080, 1920});
  ~Kiosk();

  ManualTimeSource clock;
  std::shared_ptr<KioskBackend> backend;
  DemoBackend* demo = nullptr;  // when the default backend is used
  std::unique_ptr<ui::App> app;
  std::unique_ptr<KioskFlow> flow;

  // Taps the widget whose visible label is exactly `label`; fails the test when absent.
  void tap(const std::string& label);
  // A finger down and up at `p` (output pixels).
  void tap_at(ui::Point p);
  // A finger down at `p`, held for `held`, then up.
  void hold(ui::Point p, std::chrono::milliseconds held);
  void type(const std::string& utf8);
  void key(SDL_Keycode code);
  // Moves the clock in steps of `step`, pumping after each, so timers fire in order.
  void advance(std::chrono::milliseconds by, std::chrono::milliseconds step = std::chrono::seconds(1));
  // Pumps until a running lookup answered.
  void settle();
  // Every string drawn in the last frame, joined with newlines.
  std::string shown();
  bool shows(const std::string& text);
  bool has_label(const std::string& label);
};

}  // namespace stillpoint::kiosk::test
