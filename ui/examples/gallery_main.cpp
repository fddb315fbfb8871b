// stillpoint-ui-gallery: every widget on four pages. Shows how an app wires the toolkit's
// options: --windowed WxH, --screenshot DIR (headless PNGs of every page), --script FILE,
// --theme normal|large-text|high-contrast, --lang en|es.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>

#include "gallery.h"

using namespace stillpoint::ui;

namespace {

struct Options {
  WindowOptions window;
  std::string screenshot_dir;
  std::string script;
  std::string theme = "normal";
  std::string language = "en";
};

int usage(int code) {
  std::cout << "usage: stillpoint-ui-gallery [--windowed WxH] [--screenshot DIR] [--script FILE]\n"
               "                             [--theme normal|large-text|high-contrast] [--lang en|es]\n";
  return code;
}

bool parse(int argc, char** argv, Options& o) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--windowed" && has_value) {
      const auto size = parse_window_size(argv[++i]);
      if (!size) return false;
      o.window.fullscreen = false;
      o.window.size = *size;
    } else if (arg == "--screenshot" && has_value) {
      o.screenshot_dir = argv[++i];
    } else if (arg == "--script" && has_value) {
      o.script = argv[++i];
    } else if (arg == "--theme" && has_value) {
      o.theme = argv[++i];
    } else if (arg == "--lang" && has_value) {
      o.language = argv[++i];
    } else {
      return false;
    }
  }
  return true;
}

void screenshots(App& app, const std::string& dir) {
  for (int p = 0; p < gallery::kPages; ++p) {
    app.reset(gallery::make_page(static_cast<gallery::Page>(p)));
    app.pump();
    const auto path = dir + "/gallery-" + std::to_string(p + 1) + ".png";
    app.save_screenshot(path);
    std::cout << "wrote " << path << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  if (!parse(argc, argv, o)) return usage(2);
  const bool headless = !o.screenshot_dir.empty() || !o.script.empty();
  if (headless && std::getenv("SDL_VIDEODRIVER") == nullptr) setenv("SDL_VIDEODRIVER", "offscreen", 1);
  if (headless) o.window.fullscreen = false;
  try {
    AppOptions options;
    options.window = o.window;
    options.theme = load_theme_file(std::string(STILLPOINT_SOURCE_DIR) + "/assets/themes/" + o.theme + ".json");
    options.translate = gallery::translator(o.language);
    options.close_quits = !o.window.fullscreen;  // a development window may close; a kiosk not
    App app(std::move(options));
    app.push(gallery::make_page(gallery::Page::choices));
    if (!o.script.empty()) {
      ScriptRunner runner(app, {o.screenshot_dir.empty() ? "." : o.screenshot_dir, nullptr, {}});
      runner.run(load_script_file(o.script));
    }
    if (!o.screenshot_dir.empty()) screenshots(app, o.screenshot_dir);
    if (!headless) app.run();
  } catch (const std::exception& e) {
    std::cerr << "stillpoint-ui-gallery: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
