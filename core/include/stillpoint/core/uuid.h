#pragma once
// Random (version 4) UUIDs: check-in ids, which double as idempotency keys.
#include <string>
#include <string_view>

namespace stillpoint {

// True for the canonical lower- or upper-case 8-4-4-4-12 form with version 4 and an RFC 4122
// variant.
bool is_uuid_v4(std::string_view text);

// A new random UUIDv4 in lower case. Uses std::random_device (the kernel's entropy on Linux).
std::string make_uuid_v4();

}  // namespace stillpoint
