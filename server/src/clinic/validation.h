#pragma once
// Checks on the few free-text values Clinic accepts from the CLI and the API (device names,
// user names, appointment fields). Messages name the field, never echo the value.
#include <string>
#include <string_view>

namespace stillpoint::server {

// Throws std::invalid_argument unless `value` is 1..max_bytes bytes with no control characters
// and no leading or trailing space.
void require_label(const std::string& value, std::string_view what, std::size_t max_bytes);

}  // namespace stillpoint::server
