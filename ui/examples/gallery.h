#pragma once
// A gallery of every widget on five pages, in English and Spanish: the subject of the layout and
// screenshot tests and of the screenshots in the docs.
#include <memory>
#include <string>
#include <string_view>

#include "stillpoint/ui/ui.h"

namespace stillpoint::ui::gallery {

// The gallery's pages.
enum class Page { choices, scale, keyboard, keypad, modal };
inline constexpr int kPages = 5;

// A screen showing one page; its buttons move between pages through the App.
std::unique_ptr<Screen> make_page(Page page);

// English and Spanish strings for the gallery's keys ("es" or anything else for English).
Translator translator(std::string language);

}  // namespace stillpoint::ui::gallery
