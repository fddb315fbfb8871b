// stillpoint-kiosk-frames: per-screen frame time of the kiosk at a given size (default
// 1920x1080) on SDL's offscreen driver with the software renderer. Each main screen is drawn N
// times (a full redraw each time, the worst case: a real kiosk redraws only on change) and the
// median and p99 are printed. Usage: stillpoint-kiosk-frames [ASSETS_DIR] [N] [WxH]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "stillpoint/kiosk/backend.h"
#include "stillpoint/kiosk/flow.h"
#include "stillpoint/kiosk/screenshots.h"
#include "stillpoint/ui/ui.h"

using namespace stillpoint;
using Ms = std::chrono::duration<double, std::milli>;

namespace {

void measure(const char* name, ui::App& app, int n) {
  std::vector<double> times;
  times.reserve(static_cast<std::size_t>(n));
  app.pump();
  for (int i = 0; i < n; ++i) {
    app.invalidate();
    const auto t0 = std::chrono::steady_clock::now();
    app.pump();
    times.push_back(Ms(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(times.begin(), times.end());
  const auto at = [&](double q) { return times[static_cast<std::size_t>(q * static_cast<double>(times.size() - 1))]; };
  std::printf("%-10s median %.2f ms  p99 %.2f ms  (n=%d)\n", name, at(0.5), at(0.99), n);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string assets = argc > 1 ? argv[1] : "assets";
  const int n = argc > 2 ? std::atoi(argv[2]) : 300;
  const auto size = ui::parse_window_size(argc > 3 ? argv[3] : "1920x1080");
  if (!size || n < 1) return 2;
  setenv("SDL_VIDEODRIVER", "offscreen", 0);
  ManualTimeSource clock(Clock::now());
  ui::AppOptions o;
  o.window.fullscreen = false;
  o.window.size = *size;
  o.theme = ui::load_theme_file(assets + "/themes/normal.json");
  o.clock = &clock;
  ui::App app(o);
  kiosk::FlowOptions options;
  options.config.assets_dir = assets;
  options.catalogs = kiosk::load_catalogs(assets + "/i18n");
  options.backend = std::make_shared<kiosk::DemoBackend>(clock, "A", assets + "/forms/intake.json");
  options.version = "bench";
  kiosk::KioskFlow flow(app, std::move(options));
  flow.start();
  measure("welcome", app, n);
  flow.go(kiosk::Step::choose);
  measure("choose", app, n);
  flow.choose_appointment();
  flow.session().dob_digits = "0412199";
  flow.go(kiosk::Step::dob);
  measure("dob", app, n);
  flow.submit_birth_date(kiosk::DemoBackend::demo_birth_date());
  kiosk::settle_lookup(flow, &clock);
  measure("confirm", app, n);
  flow.confirm_match(true);
  app.pump();
  measure("feeling", app, n);
  flow.submit_feeling(7);
  measure("ticket", app, n);
  flow.wipe();
  flow.go(kiosk::Step::choose);
  app.pump();
  flow.request_help();
  clock.advance(std::chrono::milliseconds(400));
  measure("help", app, n);
  flow.wipe();
  flow.choose_walk_in();
  measure("intake", app, n);
  return 0;
}
