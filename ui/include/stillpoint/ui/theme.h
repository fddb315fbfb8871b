#pragma once
// The look as data: colours, corner radius, touch target and three font sizes, read strictly
// from assets/themes/*.json. Sizes are in reference pixels (1080 px on the short side).
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "stillpoint/ui/geometry.h"

namespace stillpoint::ui {

// One theme. The defaults are the "normal" theme, so an app without asset files still looks
// right; a test keeps assets/themes/normal.json equal to them.
struct Theme {
  std::string name = "normal";
  // Screen background and the text on it.
  Color background{0xF3, 0xF1, 0xEC};
  // Cards, tiles, secondary buttons and fields.
  Color surface{0xFF, 0xFF, 0xFF};
  // A surface while a finger is on it.
  Color surface_pressed{0xE4, 0xEB, 0xE8};
  Color text{0x22, 0x33, 0x38};
  // Hints, placeholders and secondary lines; still readable (>= 4.5:1).
  Color text_muted{0x4E, 0x5D, 0x63};
  // The main action, and the text on it.
  Color primary{0x2D, 0x66, 0x65};
  Color primary_pressed{0x22, 0x51, 0x50};
  Color on_primary{0xFF, 0xFF, 0xFF};
  // A chosen tile or the "on" side of a toggle, and the text on it.
  Color selected{0xD5, 0xE8, 0xE3};
  Color on_selected{0x15, 0x36, 0x38};
  // Outlines, slider track and inactive dots (not text).
  Color border{0x76, 0x84, 0x82};
  // The keyboard focus ring.
  Color focus{0x1F, 0x5A, 0x8C};
  // Urgent actions ("Need help now?") and the text on them.
  Color danger{0x8E, 0x3B, 0x33};
  Color on_danger{0xFF, 0xFF, 0xFF};
  // Dims the screen behind a modal.
  Color scrim{0x1C, 0x2A, 0x2E, 0x99};
  // Corner radius of buttons, tiles and cards.
  int radius = 24;
  // The smallest side of anything a finger can activate (>= 64).
  int touch_target = 96;
  // Font sizes in reference pixels.
  int font_small = 32;
  int font_normal = 40;
  int font_large = 60;

  friend bool operator==(const Theme&, const Theme&) = default;
};

// A foreground colour that the toolkit draws text with, on the background it draws it on.
struct ContrastPair {
  std::string what;  // e.g. "on_primary on primary"
  Color foreground;
  Color background;
};

// Every text/background pair any widget draws; the contrast test checks each one.
std::vector<ContrastPair> text_background_pairs(const Theme& theme);

// The WCAG 2.x contrast ratio of two opaque colours (1 to 21).
double contrast_ratio(Color a, Color b);

// Reads a theme strictly (unknown fields refused, errors name the field). Throws FieldError.
Theme theme_from_json(const nlohmann::json& document);
// Reads a theme file. Throws FieldError (naming the file for I/O errors).
Theme load_theme_file(const std::filesystem::path& path);
// Parses "#RRGGBB" or "#RRGGBBAA". Throws FieldError naming `field`.
Color parse_color(std::string_view text, const std::string& field);

}  // namespace stillpoint::ui
