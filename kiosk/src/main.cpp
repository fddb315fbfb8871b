// stillpoint-kiosk: the check-in kiosk, or with --mode lobby the waiting-room display.
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "stillpoint/core/json_reader.h"
#include "stillpoint/core/version.h"
#include "stillpoint/display/lobby_app.h"
#include "stillpoint/kiosk/cli.h"
#include "stillpoint/kiosk/flow.h"
#include "stillpoint/kiosk/screenshots.h"
#include "stillpoint/ui/script.h"
#include "stillpoint/ui/theme.h"

#include <SDL.h>

namespace fs = std::filesystem;
using namespace stillpoint;

namespace {

// Set from SIGTERM/SIGINT: the service manager may stop a kiosk that no person can close.
volatile std::sig_atomic_t g_stop = 0;
extern "C" void on_stop_signal(int) { g_stop = 1; }

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path resolve(const fs::path& base, const std::string& p) {
  return p.empty() || fs::path(p).is_absolute() ? fs::path(p) : base / p;
}

DeviceConfig load_config(const kiosk::KioskArgs& args, fs::path& config_dir) {
  DeviceConfig config;
  const fs::path path = args.config;
  config_dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  if (fs::exists(path)) {
    config = device_config_from_json(parse_json_document(read_text(path)));
  } else if (!args.demo && !args.screenshot_dir) {
    throw std::runtime_error("no config at " + path.string() + " (see config/kiosk.json)");
  }
  config.data_dir = resolve(config_dir, config.data_dir).string();
  config.assets_dir = resolve(config_dir, config.assets_dir).string();
  config.token_file = resolve(config_dir, config.token_file).string();
  if (args.mode) config.mode = *args.mode == "lobby" ? DeviceMode::lobby : DeviceMode::kiosk;
  return config;
}

std::string read_token(const DeviceConfig& config) {
  if (config.token_file.empty() || !fs::exists(config.token_file)) {
    std::cerr << "stillpoint-kiosk: no token file; check-ins wait in the outbox until one is set\n";
    return {};
  }
  auto token = read_text(config.token_file);
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' '))
    token.pop_back();
  return token;
}

int run_kiosk(const kiosk::KioskArgs& args, DeviceConfig config,
              std::chrono::steady_clock::time_point started) {
  const bool headless = args.screenshot_dir || args.script;
  if (headless && !std::getenv("SDL_VIDEODRIVER")) setenv("SDL_VIDEODRIVER", "offscreen", 1);
  // Our own handlers: SDL's would turn SIGTERM into a window-close request, which a kiosk ignores.
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  std::signal(SIGTERM, on_stop_signal);
  std::signal(SIGINT, on_stop_signal);

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
  if (args.script) {
    ui::ScriptRunner runner(app, {args.screenshot_dir.value_or("."), nullptr});
    runner.run(ui::load_script_file(*args.script));
  }
  if (args.screenshot_dir) {
    for (const auto& p : kiosk::write_main_screenshots(flow, manual, *args.screenshot_dir))
      std::cout << "wrote " << p.string() << "\n";
  }
  if (headless) return 0;
  // Checks for a stop signal twice a second; otherwise the loop sleeps until input.
  std::function<void()> watch = [&] {
    if (g_stop) app.quit();
    else app.after(std::chrono::milliseconds(500), watch);
  };
  app.after(std::chrono::milliseconds(500), watch);
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
    fs::path config_dir;
    DeviceConfig config = load_config(*args, config_dir);
    if (config.mode == DeviceMode::lobby) {
      display::LobbyLaunch launch{config, config_dir.string(), args->windowed, args->screenshot_dir,
                                  args->script};
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
