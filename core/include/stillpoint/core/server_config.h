#pragma once
// The clinic server's settings (config/server.json). Every field has a sensible default so a
// new clinic can start from an empty object; unknown fields are refused so a typo is caught.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace stillpoint {

struct ServerConfig {
  std::string clinic_name = "Stillpoint Clinic";
  std::string listen_host = "127.0.0.1";
  int listen_port = 8080;
  std::string assets_dir = "assets";  // relative paths resolve against the config file's folder
  std::vector<std::string> rooms = {"Room 1", "Room 2"};

  int retention_days = 30;  // intake answers are purged after this
  std::map<std::string, double> service_minutes = {{"massage", 60}, {"rehab", 45},
                                                   {"counselling", 50}};
  double default_session_minutes = 45;
  double wait_estimate_alpha = 0.3;

  // A kiosk lookup matches appointments starting from this long before now (a late arrival)...
  int lookup_minutes_before = 60;
  // ... to this long after now (an early arrival).
  int lookup_minutes_after = 30;
  int lookups_per_device_per_minute = 10;

  int staff_session_idle_minutes = 15;
  int sign_in_attempts_per_minute = 5;

  int http_threads = 96;  // must exceed the long-polls held at once
  int long_poll_max_seconds = 25;
  std::size_t max_body_bytes = 64 * 1024;
};

// Reads a config object, throwing FieldError naming the offending field.
ServerConfig server_config_from_json(const nlohmann::json& document);
nlohmann::json to_json(const ServerConfig& config);

// Splits "HOST:PORT" ("[::1]:8080" for IPv6). Throws FieldError("listen", ...) when malformed.
std::pair<std::string, int> parse_listen_address(std::string_view text);

}  // namespace stillpoint
