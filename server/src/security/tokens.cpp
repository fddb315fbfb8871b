#include "security/tokens.h"

#include <stdexcept>

#include <openssl/evp.h>
#include <openssl/rand.h>

namespace stillpoint::server {

std::string random_bytes(std::size_t count) {
  std::string out(count, '\0');
  // RAND_bytes takes an int; tokens and salts are tiny, so the cast cannot truncate.
  if (RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(count)) != 1)
    throw std::runtime_error("the random number generator failed");
  return out;
}

std::string make_random_token() {
  return to_hex(random_bytes(32));
}

std::string sha256_hex(std::string_view text) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(text.data(), text.size(), digest, &length, EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256 failed");
  return to_hex(std::string_view(reinterpret_cast<const char*>(digest), length));
}

std::string to_hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 0x0fu]);
  }
  return out;
}

}  // namespace stillpoint::server
