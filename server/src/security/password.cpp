#include "security/password.h"

#include <stdexcept>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "security/tokens.h"

namespace stillpoint::server {
namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;

std::string derive(const std::string& password, const std::string& salt, int iterations,
                   std::size_t length) {
  std::string out(length, '\0');
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                        reinterpret_cast<const unsigned char*>(salt.data()),
                        static_cast<int>(salt.size()), iterations, EVP_sha256(),
                        static_cast<int>(length),
                        reinterpret_cast<unsigned char*>(out.data())) != 1)
    throw std::runtime_error("PBKDF2 failed");
  return out;
}

}  // namespace

PasswordHash hash_password(const std::string& password, int iterations) {
  PasswordHash out;
  out.iterations = iterations;
  out.salt = random_bytes(kSaltBytes);
  out.hash = derive(password, out.salt, iterations, kHashBytes);
  return out;
}

bool verify_password(const std::string& password, const PasswordHash& stored) {
  if (stored.iterations < 1 || stored.hash.empty() || stored.salt.empty()) return false;
  const std::string candidate =
      derive(password, stored.salt, stored.iterations, stored.hash.size());
  return CRYPTO_memcmp(candidate.data(), stored.hash.data(), stored.hash.size()) == 0;
}

void burn_password_time(const std::string& password) {
  static const std::string kFixedSalt(kSaltBytes, 's');
  (void)derive(password, kFixedSalt, kPasswordIterations, kHashBytes);
}

}  // namespace stillpoint::server
