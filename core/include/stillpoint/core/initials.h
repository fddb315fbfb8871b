#pragma once
// First initials compared the way people write them: "Á" on the kiosk finds "Ángel" and also
// "Angel" as the front desk may have typed it without the accent, and "A" finds both. Used to
// tell apart people who share a birth date, where a missed match sends a person away and an
// extra one only means a question at the desk.
#include <string>
#include <string_view>

namespace stillpoint {

// The first letter of `text` (leading spaces skipped), upper-cased and without its accent or
// tilde: "ángel" -> "A", "Ñuño" -> "N", "Çelik" -> "C". Letters of the Latin-1 range fold to
// A-Z; any other first character is returned as it is (its UTF-8 sequence), "" for no text.
std::string folded_initial(std::string_view text);

// True when both have a first letter and those letters fold to the same one.
bool same_folded_initial(std::string_view a, std::string_view b);

// True when `letter` is exactly one letter (one UTF-8 sequence) that folds to A-Z.
bool is_foldable_letter(std::string_view letter);

}  // namespace stillpoint
