#pragma once
// Staff passwords as PBKDF2-HMAC-SHA256 digests. The iteration count is stored with each hash,
// so the cost can be raised later without invalidating existing accounts.
#include <string>

namespace stillpoint::server {

// OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.
inline constexpr int kPasswordIterations = 600'000;

// A stored password: never the password itself.
struct PasswordHash {
  int iterations = 0;
  std::string salt;  // raw bytes, 16
  std::string hash;  // raw bytes, 32
};

// Hashes `password` with a fresh random salt. Throws std::runtime_error if OpenSSL fails.
PasswordHash hash_password(const std::string& password, int iterations = kPasswordIterations);

// Whether `password` produces `stored`, compared in constant time.
bool verify_password(const std::string& password, const PasswordHash& stored);

// Spends the same time as a verification against nothing, so an unknown user name takes as
// long to refuse as a wrong password (no user enumeration by timing).
void burn_password_time(const std::string& password);

}  // namespace stillpoint::server
