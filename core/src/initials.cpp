#include "stillpoint/core/initials.h"

#include <algorithm>
#include <array>

namespace stillpoint {
namespace {

// Latin-1 letters U+00C0..U+00FF folded to a capital, '\0' where there is no letter (× ÷) or
// no plain equivalent (Æ Ð Þ ß, kept as they are).
constexpr std::array<char, 64> kLatin1Fold = {
    'A', 'A', 'A', 'A', 'A', 'A', 0,   'C', 'E', 'E', 'E', 'E', 'I', 'I', 'I', 'I',  // C0-CF
    0,   'N', 'O', 'O', 'O', 'O', 'O', 0,   'O', 'U', 'U', 'U', 'U', 'Y', 0,   0,    // D0-DF
    'A', 'A', 'A', 'A', 'A', 'A', 0,   'C', 'E', 'E', 'E', 'E', 'I', 'I', 'I', 'I',  // E0-EF
    0,   'N', 'O', 'O', 'O', 'O', 'O', 0,   'O', 'U', 'U', 'U', 'U', 'Y', 0,   'Y',  // F0-FF
};

std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  return 1;
}

// The first UTF-8 sequence of `text` after leading spaces and tabs.
std::string_view first_sequence(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  if (text.empty()) return {};
  const std::size_t n = sequence_length(static_cast<unsigned char>(text.front()));
  return text.substr(0, std::min(n, text.size()));
}

// The A-Z letter `sequence` folds to, or '\0'.
char fold(std::string_view sequence) {
  if (sequence.size() == 1) {
    const char c = sequence.front();
    if (c >= 'A' && c <= 'Z') return c;
    if (c >= 'a' && c <= 'z') return static_cast<char>(c - 'a' + 'A');
    return '\0';
  }
  if (sequence.size() == 2 && static_cast<unsigned char>(sequence[0]) == 0xC3) {
    const auto second = static_cast<unsigned char>(sequence[1]);
    if (second >= 0x80 && second <= 0xBF) return kLatin1Fold[static_cast<std::size_t>(second - 0x80)];
  }
  return '\0';
}

}  // namespace

std::string folded_initial(std::string_view text) {
  const std::string_view first = first_sequence(text);
  if (const char letter = fold(first)) return std::string(1, letter);
  return std::string(first);
}

bool same_folded_initial(std::string_view a, std::string_view b) {
  const std::string left = folded_initial(a);
  return !left.empty() && left == folded_initial(b);
}

bool is_foldable_letter(std::string_view letter) {
  return !letter.empty() && first_sequence(letter) == letter && fold(letter) != '\0';
}

}  // namespace stillpoint
