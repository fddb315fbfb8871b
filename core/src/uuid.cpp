#include "stillpoint/core/uuid.h"

#include <array>
#include <cstdint>
#include <random>

namespace stillpoint {

bool is_uuid_v4(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return false;
    } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
      return false;
    }
  }
  const char variant = text[19];
  return text[14] == '4' && (variant == '8' || variant == '9' || variant == 'a' || variant == 'b' ||
                             variant == 'A' || variant == 'B');
}

std::string make_uuid_v4() {
  std::random_device entropy;
  std::array<std::uint8_t, 16> bytes{};
  for (auto& b : bytes) b = static_cast<std::uint8_t>(entropy() & 0xffu);
  bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0fu) | 0x40u);  // version 4
  bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3fu) | 0x80u);  // RFC 4122 variant
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(hex[bytes[i] >> 4]);
    out.push_back(hex[bytes[i] & 0x0fu]);
  }
  return out;
}

}  // namespace stillpoint
