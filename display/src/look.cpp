#include "look.h"

#include <cmath>

namespace stillpoint::display {
namespace {

int scaled(double scale, int reference) { return static_cast<int>(std::lround(scale * reference)); }

constexpr Palette kDay{
    {0xE6, 0xEE, 0xEA}, {0xF5, 0xEF, 0xE4}, {0xD3, 0xE3, 0xDC, 0x99}, {0x22, 0x36, 0x3A},
    {0x4A, 0x5E, 0x62}, {0x9C, 0xC4, 0xBA}, {0xB8, 0xD6, 0xCE, 0x66}, {0xFB, 0xFA, 0xF6, 0xE6},
    {0x2A, 0x5F, 0x5E}, {0xDC, 0xE6, 0xE1}};
constexpr Palette kEvening{
    {0x1E, 0x29, 0x38}, {0x2F, 0x36, 0x48}, {0x35, 0x43, 0x58, 0x99}, {0xF3, 0xEC, 0xDF},
    {0xC9, 0xC3, 0xB8}, {0xB5, 0x94, 0x74}, {0x8A, 0x74, 0x60, 0x55}, {0x28, 0x33, 0x46, 0xE6},
    {0xF2, 0xD1, 0xAA}, {0x19, 0x22, 0x2F}};

}  // namespace

const Palette& palette_named(std::string_view name) { return name == "evening" ? kEvening : kDay; }

ui::Theme lobby_theme(const ui::Theme& base) {
  ui::Theme t = base;
  t.font_small = 34;
  t.font_normal = 46;
  t.font_large = 92;
  return t;
}

LobbyLayout lobby_layout(ui::Size output, double scale, PanelPlacement placement) {
  LobbyLayout l;
  const bool portrait = output.h > output.w;
  l.footer_two_rows = portrait;
  const int footer_h = scaled(scale, portrait ? 176 : 112);
  l.footer = {0, output.h - footer_h, output.w, footer_h};
  l.stage = {0, 0, output.w, output.h - footer_h};
  if (placement == PanelPlacement::side && !portrait) {
    const int panel_w = static_cast<int>(output.w * 0.32);
    l.content = {0, 0, output.w - panel_w, l.stage.h};
    l.panel = {l.content.w, 0, panel_w, l.stage.h};
  } else {
    const int panel_h = portrait ? l.stage.h * 2 / 5 : scaled(scale, 360);
    l.content = {0, 0, output.w, l.stage.h - panel_h};
    l.panel = {0, l.content.h, output.w, panel_h};
    l.panel_row = !portrait;
  }
  return l;
}

}  // namespace stillpoint::display
