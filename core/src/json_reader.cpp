#include "stillpoint/core/json_reader.h"

#include <cmath>

namespace stillpoint {

using nlohmann::json;

JsonObjectReader::JsonObjectReader(const json& value, std::string path)
    : value_(value), path_(std::move(path)) {
  if (!value_.is_object())
    throw FieldError(path_, (path_.empty() ? std::string("the document") : path_) +
                                " must be a JSON object");
}

std::string JsonObjectReader::path_of(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

bool JsonObjectReader::has(std::string_view key) const {
  return value_.find(std::string(key)) != value_.end();
}

const json* JsonObjectReader::find(std::string_view key) {
  seen_.emplace(key);
  const auto it = value_.find(std::string(key));
  if (it == value_.end()) return nullptr;
  return &*it;
}

const json& JsonObjectReader::require(std::string_view key) {
  const json* v = find(key);
  if (!v) throw FieldError(path_of(key), path_of(key) + " is required");
  return *v;
}

namespace {

std::string checked_string(const json& v, const std::string& path, std::size_t max_length) {
  if (!v.is_string()) throw FieldError(path, path + " must be a string");
  const auto& s = v.get_ref<const std::string&>();
  if (s.size() > max_length)
    throw FieldError(path, path + " must be at most " + std::to_string(max_length) + " bytes");
  return s;
}

std::int64_t checked_integer(const json& v, const std::string& path, std::int64_t min,
                             std::int64_t max) {
  std::int64_t n = 0;
  if (v.is_number_integer()) {
    if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
      throw FieldError(path, path + " is out of range");
    n = v.get<std::int64_t>();
  } else if (v.is_number_float()) {
    const double d = v.get<double>();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9.0e15)
      throw FieldError(path, path + " must be a whole number");
    n = static_cast<std::int64_t>(d);
  } else {
    throw FieldError(path, path + " must be a whole number");
  }
  if (n < min || n > max)
    throw FieldError(path, path + " must be between " + std::to_string(min) + " and " +
                               std::to_string(max));
  return n;
}

double checked_number(const json& v, const std::string& path, double min, double max) {
  if (!v.is_number()) throw FieldError(path, path + " must be a number");
  const double d = v.get<double>();
  if (!std::isfinite(d) || d < min || d > max)
    throw FieldError(path, path + " must be between " + std::to_string(min) + " and " +
                               std::to_string(max));
  return d;
}

}  // namespace

std::string JsonObjectReader::string(std::string_view key, std::size_t max_length) {
  return checked_string(require(key), path_of(key), max_length);
}

std::optional<std::string> JsonObjectReader::optional_string(std::string_view key,
                                                             std::size_t max_length) {
  const json* v = find(key);
  if (!v) return std::nullopt;
  return checked_string(*v, path_of(key), max_length);
}

std::int64_t JsonObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  return checked_integer(require(key), path_of(key), min, max);
}

std::optional<std::int64_t> JsonObjectReader::optional_integer(std::string_view key,
                                                               std::int64_t min, std::int64_t max) {
  const json* v = find(key);
  if (!v) return std::nullopt;
  return checked_integer(*v, path_of(key), min, max);
}

double JsonObjectReader::number(std::string_view key, double min, double max) {
  return checked_number(require(key), path_of(key), min, max);
}

std::optional<double> JsonObjectReader::optional_number(std::string_view key, double min,
                                                        double max) {
  const json* v = find(key);
  if (!v) return std::nullopt;
  return checked_number(*v, path_of(key), min, max);
}

bool JsonObjectReader::boolean(std::string_view key) {
  const json& v = require(key);
  if (!v.is_boolean()) throw FieldError(path_of(key), path_of(key) + " must be true or false");
  return v.get<bool>();
}

std::optional<bool> JsonObjectReader::optional_boolean(std::string_view key) {
  const json* v = find(key);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) throw FieldError(path_of(key), path_of(key) + " must be true or false");
  return v->get<bool>();
}

const json& JsonObjectReader::object(std::string_view key) {
  const json& v = require(key);
  if (!v.is_object()) throw FieldError(path_of(key), path_of(key) + " must be an object");
  return v;
}

const json* JsonObjectReader::optional_object(std::string_view key) {
  const json* v = find(key);
  if (v && !v->is_object()) throw FieldError(path_of(key), path_of(key) + " must be an object");
  return v;
}

const json& JsonObjectReader::array(std::string_view key) {
  const json& v = require(key);
  if (!v.is_array()) throw FieldError(path_of(key), path_of(key) + " must be an array");
  return v;
}

const json* JsonObjectReader::optional_array(std::string_view key) {
  const json* v = find(key);
  if (v && !v->is_array()) throw FieldError(path_of(key), path_of(key) + " must be an array");
  return v;
}

void JsonObjectReader::finish() const {
  for (const auto& [key, _] : value_.items()) {
    if (!seen_.contains(key))
      throw FieldError(path_of(key), path_of(key) + " is not a known field");
  }
}

json parse_json_document(std::string_view text) {
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    throw FieldError("", "malformed JSON at byte " + std::to_string(e.byte));
  }
}

}  // namespace stillpoint
