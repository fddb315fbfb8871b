#include "stillpoint/core/appointment.h"

namespace stillpoint {
namespace {

// Length in bytes of the UTF-8 sequence starting with `lead` (1 for invalid leads).
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0) return lead <= 0xEF ? 3 : 1;
  if (lead >= 0xC2) return 2;
  return 1;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

char ascii_upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

}  // namespace

std::string first_initial(std::string_view name) {
  name = trim(name);
  if (name.empty()) return {};
  const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(name[0])), name.size());
  std::string out(name.substr(0, n));
  out[0] = ascii_upper(out[0]);
  return out;
}

bool same_initial(std::string_view a, std::string_view b) {
  return !a.empty() && first_initial(a) == first_initial(b);
}

std::string greeting_name(std::string_view first_name, std::string_view last_name) {
  std::string out(trim(first_name));
  const std::string last = first_initial(last_name);
  if (!last.empty()) out += " " + last + ".";
  return out;
}

}  // namespace stillpoint
