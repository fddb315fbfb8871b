#include "stillpoint/kiosk/cli.h"

#include "stillpoint/ui/app.h"

namespace stillpoint::kiosk {

std::optional<KioskArgs> parse_kiosk_args(const std::vector<std::string>& args, std::string& error) {
  KioskArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    const bool has_value = i + 1 < args.size();
    auto value = [&]() -> const std::string& { return args[++i]; };
    if (a == "--help" || a == "-h") {
      out.help = true;
    } else if (a == "--version") {
      out.version = true;
    } else if (a == "--demo") {
      out.demo = true;
    } else if (a == "--print-startup") {
      out.print_startup = true;
    } else if (a == "--config" && has_value) {
      out.config = value();
    } else if (a == "--mode" && has_value) {
      out.mode = value();
      if (*out.mode != "kiosk" && *out.mode != "lobby") {
        error = "--mode must be kiosk or lobby";
        return std::nullopt;
      }
    } else if (a == "--windowed" && has_value) {
      out.windowed = value();
      if (!ui::parse_window_size(*out.windowed)) {
        error = "--windowed takes WIDTHxHEIGHT, e.g. 1080x1920";
        return std::nullopt;
      }
    } else if (a == "--screenshot" && has_value) {
      out.screenshot_dir = value();
    } else if (a == "--script" && has_value) {
      out.script = value();
    } else {
      error = "unknown or incomplete option: " + a;
      return std::nullopt;
    }
  }
  return out;
}

std::string kiosk_usage() {
  return "usage: stillpoint-kiosk [--config FILE] [--mode kiosk|lobby] [--windowed WxH]\n"
         "                        [--screenshot DIR] [--script FILE] [--demo] [--print-startup]\n"
         "                        [--help] [--version]\n"
         "\n"
         "  --config FILE     device settings (default config/kiosk.json in this folder, else\n"
         "                    /etc/stillpoint/kiosk.json)\n"
         "  --mode MODE       kiosk (check-in) or lobby (waiting-room display); overrides the config\n"
         "  --windowed WxH    a development window instead of fullscreen\n"
         "  --screenshot DIR  render the main screens headless to DIR/kiosk-*.png and exit\n"
         "                    (uses fictional demo data; nothing is sent or stored)\n"
         "  --script FILE     drive the flow from a script (tap, type, key, wait, screenshot, expect)\n"
         "  --demo            an in-memory clinic with one fictional appointment (birth date\n"
         "                    04/12/1990); nothing is sent or stored\n"
         "  --print-startup   print the time from start to the first frame\n";
}

}  // namespace stillpoint::kiosk
