#include "stillpoint/core/device_config.h"

#include <fstream>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "stillpoint/core/install_paths.h"
#include "stillpoint/core/json_reader.h"
#include "stillpoint/core/ticket.h"

namespace stillpoint {
namespace {

void read_mode(JsonObjectReader& r, DeviceConfig& c) {
  const auto mode = r.optional_string("mode", 16);
  if (!mode) return;
  if (*mode == "kiosk") c.mode = DeviceMode::kiosk;
  else if (*mode == "lobby") c.mode = DeviceMode::lobby;
  else throw FieldError("mode", "mode must be \"kiosk\" or \"lobby\"");
}

// The whole file, or nothing when it cannot be opened.
std::optional<std::string> file_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void resolve_one(std::string& path, const std::filesystem::path& folder) {
  if (path.empty() || std::filesystem::path(path).is_absolute()) return;
  path = (folder / path).lexically_normal().string();
}

void read_kiosk_fields(JsonObjectReader& r, DeviceConfig& c) {
  if (auto v = r.optional_string("ticket_prefix", 2)) {
    if (!is_valid_ticket_prefix(*v))
      throw FieldError("ticket_prefix", "ticket_prefix must be one or two capital letters");
    c.ticket_prefix = *v;
  }
  if (auto v = r.optional_integer("idle_seconds", 10, 3600)) c.idle_seconds = static_cast<int>(*v);
  if (auto v = r.optional_integer("idle_countdown_seconds", 5, 120))
    c.idle_countdown_seconds = static_cast<int>(*v);
  if (auto v = r.optional_integer("ticket_screen_seconds", 5, 300))
    c.ticket_screen_seconds = static_cast<int>(*v);
  if (auto v = r.optional_string("admin_pin", 8)) {
    if (v->size() < 4 || v->find_first_not_of("0123456789") != std::string::npos)
      throw FieldError("admin_pin", "admin_pin must be 4 to 8 digits");
    c.admin_pin = *v;
  }
  if (auto v = r.optional_integer("network_budget_ms", 200, 10000))
    c.network_budget_ms = static_cast<int>(*v);
  if (auto v = r.optional_string("helpline", 40)) c.helpline = *v;
}

}  // namespace

DeviceConfig device_config_from_json(const nlohmann::json& document) {
  DeviceConfig c;
  JsonObjectReader r(document);
  read_mode(r, c);
  if (auto v = r.optional_string("clinic_name", 120)) c.clinic_name = *v;
  if (auto v = r.optional_string("server_url", 300)) {
    if (v->rfind("http://", 0) != 0 && v->rfind("https://", 0) != 0)
      throw FieldError("server_url", "server_url must start with http:// or https://");
    c.server_url = *v;
  }
  if (auto v = r.optional_string("token_file", 4096)) c.token_file = *v;
  if (auto v = r.optional_string("data_dir", 4096)) c.data_dir = *v;
  if (auto v = r.optional_string("assets_dir", 4096)) c.assets_dir = *v;
  if (auto v = r.optional_string("default_language", 8)) {
    if (*v != "en" && *v != "es") throw FieldError("default_language", "default_language must be en or es");
    c.default_language = *v;
  }
  if (auto v = r.optional_string("theme", 32)) {
    if (*v != "normal" && *v != "large-text" && *v != "high-contrast")
      throw FieldError("theme", "theme must be normal, large-text or high-contrast");
    c.theme = *v;
  }
  if (auto v = r.optional_string("font_family", 120)) c.font_family = *v;
  if (auto v = r.optional_string("form_id", 64)) c.form_id = *v;
  read_kiosk_fields(r, c);
  if (const auto* lobby = r.optional_object("lobby")) c.lobby = *lobby;
  r.optional_string("$comment", 4096);
  r.finish();
  return c;
}

void resolve_device_paths(DeviceConfig& config, const std::filesystem::path& folder) {
  const auto base = folder.empty() ? std::filesystem::path(".") : folder;
  resolve_one(config.token_file, base);
  resolve_one(config.data_dir, base);
  if (config.assets_dir.empty()) config.assets_dir = shipped_assets_dir("stillpoint-kiosk").string();
  else resolve_one(config.assets_dir, base);
}

DeviceConfig load_device_config_file(const std::filesystem::path& file) {
  const auto text = file_text(file);
  if (!text) throw std::runtime_error("cannot read " + file.string());
  DeviceConfig config = device_config_from_json(parse_json_document(*text));
  resolve_device_paths(config, file.parent_path());
  return config;
}

std::string read_token_file(const std::filesystem::path& file) {
  std::string token = file_text(file).value_or("");
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ' ||
                            token.back() == '\t'))
    token.pop_back();
  return token;
}

}  // namespace stillpoint
