#pragma once
// JSON in and out of httplib: the request body as one strictly parsed object, strict query
// parameters, and JSON responses.
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <httplib.h>
#include <nlohmann/json.hpp>

namespace stillpoint::server::http {

// Writes `body` as application/json with `status`.
void write_json(httplib::Response& res, int status, const nlohmann::json& body);

// The request body parsed as a JSON object. Throws FieldError naming the document when it is
// malformed or not an object. With `empty_is_object`, an empty body reads as {}.
nlohmann::json read_json_body(const httplib::Request& req, bool empty_is_object = false);

// True when a Content-Type value names application/json (parameters such as charset allowed).
bool is_json_media_type(std::string_view content_type);

// Refuses (400, naming the parameter) any query parameter not in `allowed` and any repeated one.
void require_known_params(const httplib::Request& req, std::initializer_list<std::string_view> allowed);
// A query parameter that must be a whole number in [min, max] when present.
std::optional<std::int64_t> integer_param(const httplib::Request& req, const std::string& name,
                                          std::int64_t min, std::int64_t max);
// A query parameter as text when present.
std::optional<std::string> text_param(const httplib::Request& req, const std::string& name);

// The single value of a header that may appear at most once; 400 when repeated.
std::optional<std::string> single_header(const httplib::Request& req, const std::string& name);

}  // namespace stillpoint::server::http
