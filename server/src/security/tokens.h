#pragma once
// Bearer tokens and session tokens: random secrets handed out once, of which the server keeps
// only a SHA-256 digest, so a copied database file does not let anyone in.
#include <string>
#include <string_view>

namespace stillpoint::server {

// 32 bytes from OpenSSL's RAND_bytes as 64 lower-case hex characters. Throws on RNG failure.
std::string make_random_token();

// `count` bytes from OpenSSL's RAND_bytes. Throws std::runtime_error on RNG failure.
std::string random_bytes(std::size_t count);

// Lower-case hex SHA-256 of `text`: the form in which tokens are stored and looked up.
std::string sha256_hex(std::string_view text);

// Lower-case hex of arbitrary bytes.
std::string to_hex(std::string_view bytes);

}  // namespace stillpoint::server
