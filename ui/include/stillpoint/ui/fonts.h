#pragma once
// Finds font files by family name through fontconfig, so configs say "Noto Sans", not a path.
#include <filesystem>
#include <string_view>

namespace stillpoint::ui {

// The regular and bold files of one family (bold may equal regular when none exists).
struct FontFiles {
  std::filesystem::path regular;
  std::filesystem::path bold;
  // True when the family asked for was found, false when a sans fallback was used.
  bool exact = false;
};

// The files of `family`, or of any sans-serif font when it is not installed. Throws
// std::runtime_error only when fontconfig knows no scalable font at all.
FontFiles find_font_files(std::string_view family);

}  // namespace stillpoint::ui
