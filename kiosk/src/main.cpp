// stillpoint-kiosk: the check-in kiosk, or with --mode lobby the waiting-room display.
#include <cstdlib>
#include <iostream>

#include "stillpoint/core/device_config.h"
#include "stillpoint/core/install_paths.h"
#include "stillpoint/core/json_reader.h"
#include "stillpoint/core/version.h"
#include "stillpoint/display/lobby_app.h"
#include "stillpoint/kiosk/cli.h"
#include "stillpoint/kiosk/flow.h"
#include "stillpoint/kiosk/screenshots.h"
#include "stillpoint/ui/script.h"
#include "stillpoint/ui/service_watchdog.h"
#include "stillpoint/ui/stop_signals.h"
#include "stillpoint/ui/theme.h"

#include <SDL.h>

namespace fs = std::filesystem;
using namespace stillpoint;

namespace {

DeviceConfig load_config(const kiosk::KioskArgs& args) {
  const fs::path file = args.config.empty() ? default_config_file("kiosk.json") : fs::path(args.config);
  DeviceConfig config;
  if (fs::exists(file)) {
    config = load_device_config_file(file);
  } else if (args.demo || args.screenshot_dir) {
    // The demo and screenshots need no config: defaults, with the assets this binary shipped with.
    resolve_device_paths(config, ".");
  } else {
    throw std::runtime_error("no config at " + file.string() + " (see config/kiosk.json)");
  }
  if (args.mode) config.mode = *args.mode == "lobby" ? DeviceMode::lobby : DeviceMode::kiosk;
  return config;
}

std::string read_token(const DeviceConfig& config) {
  auto token = config.token_file.empty() ? std::string() : read_token_file(config.token_file);
  if (token.empty())
    std::cerr << "stillpoint-kiosk: no token file; check-ins wait in the outbox until one is set\n";
  return token;
}

int run_kiosk(const kiosk::KioskArgs& args, DeviceConfig config,
              std::chrono::steady_clock::time_point started) {
  const bool headless = args.screenshot_dir || args.script;
  if (headless && !std::getenv("SDL_VIDEODRIVER")) setenv("SDL_VIDEODRIVER", "offscreen", 1);
  const fs::path assets = config.assets_dir;
  ManualTimeSource manual(Clock::now());
  SystemTimeSource system;
  const TimeSource& clock = args.screenshot_dir ? static_cast<const TimeSource&>(manual) : system;

  ui::AppOptions app_options;
  app_options.window.title = "Stillpoint";
  if (args.windowed) {
    app_options.window.fullscreen = false;
    app_options.window.size = *ui::parse_window_size(*args.windowed);
    app_options.close_quits = true;  // a development window may close; a fullscreen kiosk not
  } else if (headless) {
    app_options.window.fullscreen = false;
  }
  app_options.theme = ui::load_theme_file(assets / "themes" / (config.theme + ".json"));
  app_options.font_family = config.font_family;
  app_options.clock = &clock;

  kiosk::FlowOptions options;
  options.catalogs = kiosk::load_catalogs(assets / "i18n");
  options.version = kVersion;
  options.themes_dir = assets / "themes";
  if (args.demo || args.screenshot_dir) {
    options.backend = std::make_shared<kiosk::DemoBackend>(
        clock, config.ticket_prefix, assets / "forms" / (config.form_id + ".json"));
  } else {
    options.backend = kiosk::make_device_backend({config, read_token(config), &clock, true});
  }
  options.config = std::move(config);

  ui::App app(std::move(app_options));
  kiosk::KioskFlow flow(app, std::move(options));
  flow.start();
  app.pump();
  if (args.print_startup) {
    const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
    std::cerr << "first frame after " << ms.count() << " ms\n";
  }
  // SIGTERM or SIGINT ends the loop at once, through the same wake-up as any posted task.
  ui::StopSignals stop_signals([&app, poster = app.poster()] { poster.post([&app] { app.quit(); }); });
  bool stays = !headless;
  if (args.script) {
    const auto commands = ui::load_script_file(*args.script);
    ui::ScriptRunner runner(app, {args.screenshot_dir.value_or("."), nullptr,
                                  [&stop_signals] { return stop_signals.requested(); }});
    runner.run(commands);
    stays = ui::script_stays(commands) && !args.screenshot_dir;
  }
  if (args.screenshot_dir) {
    for (const auto& p : kiosk::write_main_screenshots(flow, manual, *args.screenshot_dir))
      std::cout << "wrote " << p.string() << "\n";
  }
  if (!stays || stop_signals.requested()) return 0;
  ui::ServiceWatchdog watchdog(app);
  app.run();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  std::string error;
  const auto args = kiosk::parse_kiosk_args({argv + 1, argv + argc}, error);
  if (!args) {
    std::cerr << "stillpoint-kiosk: " << error << "\n" << kiosk::kiosk_usage();
    return 2;
  }
  if (args->help) {
    std::cout << kiosk::kiosk_usage();
    return 0;
  }
  if (args->version) {
    std::cout << "stillpoint-kiosk " << kVersion << "\n";
    return 0;
  }
  try {
    DeviceConfig config = load_config(*args);
    if (config.mode == DeviceMode::lobby) {
      display::LobbyLaunch launch{config, args->windowed, args->screenshot_dir, args->script};
      return display::run_lobby(launch);
    }
    return run_kiosk(*args, std::move(config), started);
  } catch (const FieldError& e) {
    std::cerr << "stillpoint-kiosk: " << (e.field().empty() ? "" : e.field() + ": ") << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "stillpoint-kiosk: " << e.what() << "\n";
  }
  return 1;
}
