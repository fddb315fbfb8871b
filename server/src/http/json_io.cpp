#include "http/json_io.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "http/errors.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::server::http {

void write_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  // replace: a stray invalid byte must not turn a reply into a 500 (the parser already refuses
  // invalid UTF-8 on the way in, so this is belt and braces).
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

nlohmann::json read_json_body(const httplib::Request& req, bool empty_is_object) {
  if (req.body.empty()) {
    if (empty_is_object) return nlohmann::json::object();
    throw FieldError("", "the request body must be a JSON object");
  }
  nlohmann::json document = parse_json_document(req.body);
  if (!document.is_object()) throw FieldError("", "the request body must be a JSON object");
  return document;
}

bool is_json_media_type(std::string_view content_type) {
  const auto semicolon = content_type.find(';');
  std::string_view type = content_type.substr(0, semicolon);
  while (!type.empty() && std::isspace(static_cast<unsigned char>(type.back()))) type.remove_suffix(1);
  while (!type.empty() && std::isspace(static_cast<unsigned char>(type.front()))) type.remove_prefix(1);
  constexpr std::string_view json = "application/json";
  return type.size() == json.size() &&
         std::equal(type.begin(), type.end(), json.begin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

void require_known_params(const httplib::Request& req,
                          std::initializer_list<std::string_view> allowed) {
  for (const auto& [name, value] : req.params) {
    if (std::find(allowed.begin(), allowed.end(), name) == allowed.end())
      throw ApiError(400, "invalid_field", "unknown query parameter", name);
    if (req.params.count(name) > 1)
      throw ApiError(400, "invalid_field", name + " must be given once", name);
  }
}

std::optional<std::int64_t> integer_param(const httplib::Request& req, const std::string& name,
                                          std::int64_t min, std::int64_t max) {
  const auto text = text_param(req, name);
  if (!text) return std::nullopt;
  std::int64_t value = 0;
  const char* end = text->data() + text->size();
  const auto [ptr, ec] = std::from_chars(text->data(), end, value);
  if (text->empty() || ec != std::errc{} || ptr != end || value < min || value > max)
    throw ApiError(400, "invalid_field",
                   name + " must be a whole number from " + std::to_string(min) + " to " +
                       std::to_string(max),
                   name);
  return value;
}

std::optional<std::string> text_param(const httplib::Request& req, const std::string& name) {
  if (!req.has_param(name)) return std::nullopt;
  if (req.get_param_value_count(name) > 1)
    throw ApiError(400, "invalid_field", name + " must be given once", name);
  return req.get_param_value(name);
}

std::optional<std::string> single_header(const httplib::Request& req, const std::string& name) {
  const auto count = req.get_header_value_count(name);
  if (count == 0) return std::nullopt;
  if (count > 1) throw ApiError(400, "bad_header", name + " must be sent once", name);
  return req.get_header_value(name);
}

}  // namespace stillpoint::server::http
