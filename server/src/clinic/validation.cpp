#include "clinic/validation.h"

#include <stdexcept>

namespace stillpoint::server {

void require_label(const std::string& value, std::string_view what, std::size_t max_bytes) {
  const std::string name(what);
  if (value.empty()) throw std::invalid_argument(name + " must not be empty");
  if (value.size() > max_bytes)
    throw std::invalid_argument(name + " must be at most " + std::to_string(max_bytes) + " bytes");
  for (const char c : value)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      throw std::invalid_argument(name + " must not contain control characters");
  if (value.front() == ' ' || value.back() == ' ')
    throw std::invalid_argument(name + " must not start or end with a space");
}

}  // namespace stillpoint::server
