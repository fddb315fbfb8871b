#include "stillpoint/core/server_config.h"

#include <charconv>

#include <nlohmann/json.hpp>

#include "stillpoint/core/json_reader.h"

namespace stillpoint {

using nlohmann::json;

std::pair<std::string, int> parse_listen_address(std::string_view text) {
  const auto colon = text.rfind(':');
  if (colon == std::string_view::npos || colon == 0)
    throw FieldError("listen", "listen must be HOST:PORT, e.g. 127.0.0.1:8080");
  std::string_view host = text.substr(0, colon);
  const std::string_view port_text = text.substr(colon + 1);
  if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  int port = -1;
  const auto [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (ec != std::errc{} || end != port_text.data() + port_text.size() || port < 0 || port > 65535 ||
      host.empty())
    throw FieldError("listen", "listen must be HOST:PORT with a port from 0 to 65535");
  return {std::string(host), port};
}

ServerConfig server_config_from_json(const json& document) {
  ServerConfig c;
  JsonObjectReader r(document);
  if (auto v = r.optional_string("clinic_name", 120)) c.clinic_name = *v;
  if (auto v = r.optional_string("listen", 300)) {
    auto [host, port] = parse_listen_address(*v);
    c.listen_host = host;
    c.listen_port = port;
  }
  if (auto v = r.optional_string("assets_dir", 4096)) c.assets_dir = *v;
  if (const json* rooms = r.optional_array("rooms")) {
    c.rooms.clear();
    for (const auto& room : *rooms) {
      if (!room.is_string() || room.get<std::string>().empty() || room.get<std::string>().size() > 40)
        throw FieldError("rooms", "rooms must be a list of names of 1 to 40 bytes");
      c.rooms.push_back(room.get<std::string>());
    }
    if (c.rooms.empty()) throw FieldError("rooms", "rooms must name at least one room");
  }
  if (auto v = r.optional_integer("retention_days", 1, 3650)) c.retention_days = static_cast<int>(*v);
  if (const json* services = r.optional_object("service_minutes")) {
    c.service_minutes.clear();
    for (const auto& [name, minutes] : services->items()) {
      if (!minutes.is_number() || minutes.get<double>() <= 0 || minutes.get<double>() > 480)
        throw FieldError("service_minutes." + name, "service_minutes." + name +
                                                        " must be minutes from 1 to 480");
      c.service_minutes[name] = minutes.get<double>();
    }
  }
  if (auto v = r.optional_number("default_session_minutes", 1, 480)) c.default_session_minutes = *v;
  if (auto v = r.optional_number("wait_estimate_alpha", 0.01, 1)) c.wait_estimate_alpha = *v;
  if (auto v = r.optional_integer("lookup_minutes_before", 0, 720)) c.lookup_minutes_before = static_cast<int>(*v);
  if (auto v = r.optional_integer("lookup_minutes_after", 0, 720)) c.lookup_minutes_after = static_cast<int>(*v);
  if (auto v = r.optional_integer("lookups_per_device_per_minute", 1, 1000))
    c.lookups_per_device_per_minute = static_cast<int>(*v);
  if (auto v = r.optional_integer("staff_session_idle_minutes", 1, 720))
    c.staff_session_idle_minutes = static_cast<int>(*v);
  if (auto v = r.optional_integer("sign_in_attempts_per_minute", 1, 100))
    c.sign_in_attempts_per_minute = static_cast<int>(*v);
  if (auto v = r.optional_integer("http_threads", 8, 1024)) c.http_threads = static_cast<int>(*v);
  if (auto v = r.optional_integer("long_poll_max_seconds", 1, 25)) c.long_poll_max_seconds = static_cast<int>(*v);
  if (auto v = r.optional_integer("max_body_bytes", 1024, 1024 * 1024))
    c.max_body_bytes = static_cast<std::size_t>(*v);
  r.optional_string("$comment", 4096);  // documentation inside the file is welcome
  r.finish();
  return c;
}

json to_json(const ServerConfig& c) {
  return json{{"clinic_name", c.clinic_name},
              {"listen", c.listen_host + ":" + std::to_string(c.listen_port)},
              {"assets_dir", c.assets_dir},
              {"rooms", c.rooms},
              {"retention_days", c.retention_days},
              {"service_minutes", c.service_minutes},
              {"default_session_minutes", c.default_session_minutes},
              {"wait_estimate_alpha", c.wait_estimate_alpha},
              {"lookup_minutes_before", c.lookup_minutes_before},
              {"lookup_minutes_after", c.lookup_minutes_after},
              {"lookups_per_device_per_minute", c.lookups_per_device_per_minute},
              {"staff_session_idle_minutes", c.staff_session_idle_minutes},
              {"sign_in_attempts_per_minute", c.sign_in_attempts_per_minute},
              {"http_threads", c.http_threads},
              {"long_poll_max_seconds", c.long_poll_max_seconds},
              {"max_body_bytes", c.max_body_bytes}};
}

}  // namespace stillpoint
