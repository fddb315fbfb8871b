#include "stillpoint/ui/theme.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "stillpoint/core/json_reader.h"

namespace stillpoint::ui {

std::vector<ContrastPair> text_background_pairs(const Theme& t) {
  return {
      {"text on background", t.text, t.background},
      {"text_muted on background", t.text_muted, t.background},
      {"text on surface", t.text, t.surface},
      {"text_muted on surface", t.text_muted, t.surface},
      {"text on surface_pressed", t.text, t.surface_pressed},
      {"on_primary on primary", t.on_primary, t.primary},
      {"on_primary on primary_pressed", t.on_primary, t.primary_pressed},
      {"on_selected on selected", t.on_selected, t.selected},
      {"on_danger on danger", t.on_danger, t.danger},
  };
}

namespace {

double linear(std::uint8_t channel) {
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Color c) {
  return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Color read_color(JsonObjectReader& r, const char* key) {
  return parse_color(r.string(key, 9), r.path_of(key));
}

void read_colors(Theme& t, const nlohmann::json& colors, const std::string& path) {
  JsonObjectReader r(colors, path);
  t.background = read_color(r, "background");
  t.surface = read_color(r, "surface");
  t.surface_pressed = read_color(r, "surface_pressed");
  t.text = read_color(r, "text");
  t.text_muted = read_color(r, "text_muted");
  t.primary = read_color(r, "primary");
  t.primary_pressed = read_color(r, "primary_pressed");
  t.on_primary = read_color(r, "on_primary");
  t.selected = read_color(r, "selected");
  t.on_selected = read_color(r, "on_selected");
  t.border = read_color(r, "border");
  t.focus = read_color(r, "focus");
  t.danger = read_color(r, "danger");
  t.on_danger = read_color(r, "on_danger");
  t.scrim = read_color(r, "scrim");
  r.finish();
}

void read_font_sizes(Theme& t, const nlohmann::json& sizes, const std::string& path) {
  JsonObjectReader r(sizes, path);
  t.font_small = static_cast<int>(r.integer("small", 24, 200));
  t.font_normal = static_cast<int>(r.integer("normal", 24, 200));
  t.font_large = static_cast<int>(r.integer("large", 24, 300));
  r.finish();
  if (!(t.font_small <= t.font_normal && t.font_normal <= t.font_large))
    throw FieldError(path, path + " must grow: small <= normal <= large");
}

}  // namespace

double contrast_ratio(Color a, Color b) {
  const double la = luminance(a);
  const double lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Color parse_color(std::string_view text, const std::string& field) {
  const bool shape_ok = (text.size() == 7 || text.size() == 9) && text.front() == '#';
  std::uint8_t bytes[4] = {0, 0, 0, 255};
  for (std::size_t i = 1; shape_ok && i < text.size(); i += 2) {
    const int hi = hex_digit(text[i]);
    const int lo = hex_digit(text[i + 1]);
    if (hi < 0 || lo < 0) throw FieldError(field, field + " must be a colour like #2D6665");
    bytes[i / 2] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  if (!shape_ok) throw FieldError(field, field + " must be a colour like #2D6665 or #1C2A2E99");
  return {bytes[0], bytes[1], bytes[2], bytes[3]};
}

Theme theme_from_json(const nlohmann::json& document) {
  Theme t;
  JsonObjectReader r(document);
  t.name = r.string("name", 40);
  read_colors(t, r.object("colors"), r.path_of("colors"));
  t.radius = static_cast<int>(r.integer("radius", 0, 64));
  t.touch_target = static_cast<int>(r.integer("touch_target", 64, 240));
  read_font_sizes(t, r.object("font_sizes"), r.path_of("font_sizes"));
  r.optional_string("$comment", 4096);
  r.finish();
  return t;
}

Theme load_theme_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FieldError("", "cannot read theme file " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return theme_from_json(parse_json_document(text.str()));
}

}  // namespace stillpoint::ui
