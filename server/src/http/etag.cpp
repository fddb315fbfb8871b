#include "http/etag.h"

#include "security/tokens.h"

namespace stillpoint::server::http {

std::string content_etag(std::string_view bytes) { return "\"" + sha256_hex(bytes) + "\""; }

bool if_none_match(const httplib::Request& req, const std::string& etag) {
  const auto count = req.get_header_value_count("If-None-Match");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string header = req.get_header_value("If-None-Match", i);
    std::string_view rest = header;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      std::string_view tag = rest.substr(0, comma);
      while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
      while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
      if (tag.starts_with("W/")) tag.remove_prefix(2);
      if (tag == "*" || tag == etag) return true;
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
  }
  return false;
}

}  // namespace stillpoint::server::http
