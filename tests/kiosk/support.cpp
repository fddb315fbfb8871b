#include "support.h"

#include <doctest/doctest.h>

#include <cstdlib>

#include "stillpoint/kiosk/screenshots.h"

namespace stillpoint::kiosk::test {

std::filesystem::path source_dir() { return STILLPOINT_SOURCE_DIR; }

std::filesystem::path scratch_dir(const std::string& name) {
  const auto dir = std::filesystem::path(STILLPOINT_BINARY_DIR) / "test-output" / "kiosk" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

DeviceConfig test_config() {
  DeviceConfig c;
  c.clinic_name = "Quiet Pines Clinic";
  c.assets_dir = (source_dir() / "assets").string();
  c.admin_pin = "2468";
  c.ticket_prefix = "A";
  return c;
}

namespace {
ui::AppOptions headless(ui::Size size, const TimeSource& clock, const DeviceConfig& config) {
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  ui::AppOptions o;
  o.window.fullscreen = false;
  o.window.size = size;
  o.theme = ui::load_theme_file(std::filesystem::path(config.assets_dir) / "themes" / "normal.json");
  o.clock = &clock;
  return o;
}
}  // namespace

Kiosk::Kiosk(std::shared_ptr<KioskBackend> b, DeviceConfig config, IntakeFactory intake, ui::Size size)
    : clock(TimePoint{} + std::chrono::hours(24 * 365 * 56)), backend(std::move(b)) {
  if (!backend) {
    auto d = std::make_shared<DemoBackend>(clock, config.ticket_prefix,
                                           std::filesystem::path(config.assets_dir) / "forms" / "intake.json");
    demo = d.get();
    backend = d;
  }
  app = std::make_unique<ui::App>(headless(size, clock, config));
  FlowOptions options;
  options.catalogs = load_catalogs(std::filesystem::path(config.assets_dir) / "i18n");
  options.backend = backend;
  options.config = std::move(config);
  options.intake = std::move(intake);
  options.version = "test";
  options.themes_dir = std::filesystem::path(options.config.assets_dir) / "themes";
  flow = std::make_unique<KioskFlow>(*app, std::move(options));
  flow->start();
  app->pump();
}

Kiosk::~Kiosk() {
  flow.reset();
  app.reset();
}

void Kiosk::tap(const std::string& label) {
  app->pump();
  ui::Screen* screen = app->top();
  REQUIRE(screen != nullptr);
  ui::Widget* w = screen->find_by_label(app->context(), label);
  INFO("on screen: " << shown());
  REQUIRE_MESSAGE(w != nullptr, "no tappable '" << label << "'");
  tap_at(w->bounds().center());
}

void Kiosk::tap_at(ui::Point p) {
  const ui::Size out = app->output_size();
  SDL_Event e{};
  e.tfinger.touchId = 3;
  e.tfinger.fingerId = 1;
  e.tfinger.x = static_cast<float>(p.x) / static_cast<float>(out.w);
  e.tfinger.y = static_cast<float>(p.y) / static_cast<float>(out.h);
  e.type = SDL_FINGERDOWN;
  SDL_PushEvent(&e);
  e.type = SDL_FINGERUP;
  SDL_PushEvent(&e);
  app->pump();
  app->pump();
}

void Kiosk::hold(ui::Point p, std::chrono::milliseconds held) {
  const ui::Size out = app->output_size();
  SDL_Event e{};
  e.tfinger.touchId = 3;
  e.tfinger.fingerId = 2;
  e.tfinger.x = static_cast<float>(p.x) / static_cast<float>(out.w);
  e.tfinger.y = static_cast<float>(p.y) / static_cast<float>(out.h);
  e.type = SDL_FINGERDOWN;
  SDL_PushEvent(&e);
  app->pump();
  advance(held);
  e.type = SDL_FINGERUP;
  SDL_PushEvent(&e);
  app->pump();
  app->pump();
}

void Kiosk::type(const std::string& utf8) {
  SDL_Event e{};
  e.type = SDL_TEXTINPUT;
  utf8.copy(e.text.text, sizeof(e.text.text) - 1);
  SDL_PushEvent(&e);
  app->pump();
}

void Kiosk::key(SDL_Keycode code) {
  SDL_Event e{};
  e.type = SDL_KEYDOWN;
  e.key.keysym.sym = code;
  SDL_PushEvent(&e);
  app->pump();
}

void Kiosk::advance(std::chrono::milliseconds by, std::chrono::milliseconds step) {
  while (by > std::chrono::milliseconds::zero()) {
    const auto d = std::min(by, step);
    clock.advance(d);
    by -= d;
    app->pump();
  }
  app->pump();
}

void Kiosk::settle() { REQUIRE(settle_lookup(*flow, &clock)); }

std::string Kiosk::shown() {
  app->pump();
  app->invalidate();
  app->pump();
  std::string all;
  for (const auto& s : app->drawn_text()) all += s + "\n";
  return all;
}

bool Kiosk::shows(const std::string& text) { return shown().find(text) != std::string::npos; }

bool Kiosk::has_label(const std::string& label) {
  app->pump();
  return app->top() && app->top()->find_by_label(app->context(), label) != nullptr;
}

}  // namespace stillpoint::kiosk::test
