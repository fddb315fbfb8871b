#include "stillpoint/core/forms/value.h"

#include "stillpoint/core/json_reader.h"

namespace stillpoint::forms {

using nlohmann::json;

namespace {

std::optional<double> as_number(const AnswerValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return static_cast<double>(*i);
  if (const auto* d = std::get_if<double>(&v)) return *d;
  return std::nullopt;
}

// Reads one FHIR value of kind `kind` (e.g. "Coding") found at `path`.
AnswerValue read_kind(const std::string& kind, const json& v, const std::string& path) {
  if (kind == "Boolean") {
    if (!v.is_boolean()) throw FieldError(path, path + " must be true or false");
    return v.get<bool>();
  }
  if (kind == "Integer") {
    if (!v.is_number_integer()) throw FieldError(path, path + " must be a whole number");
    return v.get<std::int64_t>();
  }
  if (kind == "Decimal") {
    if (!v.is_number()) throw FieldError(path, path + " must be a number");
    return v.get<double>();
  }
  if (kind == "String") {
    if (!v.is_string()) throw FieldError(path, path + " must be a string");
    return v.get<std::string>();
  }
  if (kind == "Date") {
    const auto date = v.is_string() ? parse_date(v.get<std::string>()) : std::nullopt;
    if (!date) throw FieldError(path, path + " must be a date YYYY-MM-DD");
    return *date;
  }
  JsonObjectReader r(v, path);
  Coding c;
  c.system = r.optional_string("system", 2048).value_or("");
  c.code = r.string("code", 256);
  c.display = r.optional_string("display", 4096).value_or("");
  return c;
}

}  // namespace

bool same_answer(const AnswerValue& a, const AnswerValue& b) {
  const auto na = as_number(a), nb = as_number(b);
  if (na && nb) return *na == *nb;
  if (a.index() != b.index()) return false;
  if (const auto* ca = std::get_if<Coding>(&a)) {
    const auto& cb = std::get<Coding>(b);
    return ca->system == cb.system && ca->code == cb.code;
  }
  if (const auto* s = std::get_if<std::string>(&a)) return *s == std::get<std::string>(b);
  if (const auto* d = std::get_if<Date>(&a)) return *d == std::get<Date>(b);
  return std::get<bool>(a) == std::get<bool>(b);
}

std::optional<std::partial_ordering> order_answers(const AnswerValue& a, const AnswerValue& b) {
  const auto na = as_number(a), nb = as_number(b);
  if (na && nb) return *na <=> *nb;
  if (a.index() != b.index()) return std::nullopt;
  if (const auto* d = std::get_if<Date>(&a)) return *d <=> std::get<Date>(b);
  if (const auto* s = std::get_if<std::string>(&a)) return *s <=> std::get<std::string>(b);
  return std::nullopt;
}

std::string fhir_value_kind(const AnswerValue& value) {
  static const char* const kinds[] = {"Boolean", "Integer", "Decimal", "String", "Date", "Coding"};
  return kinds[value.index()];
}

json fhir_value_json(const AnswerValue& value) {
  return std::visit(
      [](const auto& v) -> json {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, Date>) {
          return format_date(v);
        } else if constexpr (std::is_same_v<T, Coding>) {
          json c = json::object();
          if (!v.system.empty()) c["system"] = v.system;
          c["code"] = v.code;
          if (!v.display.empty()) c["display"] = v.display;
          return c;
        } else {
          return v;
        }
      },
      value);
}

std::optional<AnswerValue> read_fhir_value(const json& object, const std::string& prefix,
                                           const std::vector<const char*>& allowed,
                                           const std::string& path) {
  static const char* const kinds[] = {"Boolean", "Integer", "Decimal", "String", "Date", "Coding"};
  for (const char* kind : kinds) {
    const std::string key = prefix + kind;
    const auto it = object.find(key);
    if (it == object.end()) continue;
    bool ok = false;
    for (const char* a : allowed) ok = ok || std::string_view(a) == kind;
    if (!ok) throw FieldError(path + "." + key, path + "." + key + " is not supported here");
    return read_kind(kind, *it, path + "." + key);
  }
  return std::nullopt;
}

}  // namespace stillpoint::forms
