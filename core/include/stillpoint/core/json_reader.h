#pragma once
// Strict reading of JSON objects from people and networks: every field is type-checked,
// ranges and lengths are bounded, and unknown fields are refused. Each failure names the
// field, so a config author or API client learns exactly what to fix.
#include <cstdint>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace stillpoint {

// A field that is missing, of the wrong type, out of range, or not expected.
class FieldError : public std::runtime_error {
public:
  FieldError(std::string field, const std::string& message)
      : std::runtime_error(message), field_(std::move(field)) {}
  // Dotted path of the field, e.g. "lookup.minutes_before"; empty for the whole document.
  const std::string& field() const { return field_; }

private:
  std::string field_;
};

// Reads the fields of one JSON object; call finish() last to refuse unknown fields.
class JsonObjectReader {
public:
  // Throws FieldError when `value` is not an object. `path` prefixes field names in errors.
  explicit JsonObjectReader(const nlohmann::json& value, std::string path = {});

  bool has(std::string_view key) const;

  std::string string(std::string_view key, std::size_t max_length = 1024);
  std::optional<std::string> optional_string(std::string_view key, std::size_t max_length = 1024);
  std::int64_t integer(std::string_view key, std::int64_t min, std::int64_t max);
  std::optional<std::int64_t> optional_integer(std::string_view key, std::int64_t min,
                                               std::int64_t max);
  double number(std::string_view key, double min, double max);
  std::optional<double> optional_number(std::string_view key, double min, double max);
  bool boolean(std::string_view key);
  std::optional<bool> optional_boolean(std::string_view key);
  // The raw value, type-checked only as an object / array.
  const nlohmann::json& object(std::string_view key);
  const nlohmann::json* optional_object(std::string_view key);
  const nlohmann::json& array(std::string_view key);
  const nlohmann::json* optional_array(std::string_view key);

  // Throws FieldError naming the first field that no accessor asked for.
  void finish() const;

  // The dotted path of `key` within this object.
  std::string path_of(std::string_view key) const;

private:
  const nlohmann::json* find(std::string_view key);
  const nlohmann::json& require(std::string_view key);

  const nlohmann::json& value_;
  std::string path_;
  std::set<std::string, std::less<>> seen_;
};

// Parses `text` as JSON, throwing FieldError("", ...) with the parser's position on failure.
nlohmann::json parse_json_document(std::string_view text);

}  // namespace stillpoint
