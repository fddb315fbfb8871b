#include "stillpoint/kiosk/screenshots.h"

#include <thread>

#include "stillpoint/kiosk/backend.h"

namespace stillpoint::kiosk {

using namespace std::chrono_literals;

bool settle_lookup(KioskFlow& flow, ManualTimeSource* clock, std::chrono::milliseconds limit) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  flow.app().pump();
  while (flow.looking_up() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(2ms);
    if (clock) clock->advance(50ms);
    flow.app().pump();
  }
  flow.app().pump();
  return !flow.looking_up();
}

std::vector<std::filesystem::path> write_main_screenshots(KioskFlow& flow, ManualTimeSource& clock,
                                                          const std::filesystem::path& dir) {
  std::filesystem::create_directories(dir);
  std::vector<std::filesystem::path> written;
  ui::App& app = flow.app();
  auto shot = [&](const char* name) {
    app.pump();
    clock.advance(400ms);  // let fades finish
    app.pump();
    const auto path = dir / (std::string("kiosk-") + name + ".png");
    app.save_screenshot(path);
    written.push_back(path);
  };
  flow.wipe();
  shot("welcome");
  flow.go(Step::choose);
  shot("choose");
  flow.choose_appointment();
  app.pump();
  flow.session().dob_digits = "0412199";
  flow.go(Step::dob);
  shot("dob");
  flow.session().initial = "Á";  // two people share the date: the letter keys, one picked
  flow.go(Step::initial);
  shot("initial");
  flow.submit_birth_date(DemoBackend::demo_birth_date());
  settle_lookup(flow, &clock);
  shot("confirm");
  flow.confirm_match(true);
  app.pump();
  flow.submit_feeling(7);
  shot("ticket");
  flow.wipe();
  flow.go(Step::choose);
  app.pump();
  flow.request_help();
  shot("help");
  flow.wipe();
  flow.go(Step::dob);
  app.pump();
  clock.advance(std::chrono::seconds(flow.config().idle_seconds) + 10ms);
  app.pump();
  clock.advance(std::chrono::seconds(3) + 10ms);
  shot("idle");
  flow.wipe();
  app.pump();
  return written;
}

}  // namespace stillpoint::kiosk
