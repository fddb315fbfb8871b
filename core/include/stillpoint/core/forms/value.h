#pragma once
// One answer value as the form engine holds it: a boolean, a number, text, a date or a code.
// Answers are values, never display text, so switching language never changes an answer.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "stillpoint/core/civil_time.h"

namespace stillpoint::forms {

// A code from a code system (e.g. LOINC "LA6568-5"). Two codings are the same answer when
// system and code match; the display is only for people.
struct Coding {
  std::string system;
  std::string code;
  std::string display;
};

// What a person answered. std::string serves string, text and open-choice free text.
using AnswerValue = std::variant<bool, std::int64_t, double, std::string, Date, Coding>;

// Whether two values are the same answer (codings compare by system and code; an integer
// and a decimal compare by number).
bool same_answer(const AnswerValue& a, const AnswerValue& b);

// Orders two values of an ordered kind (numbers, dates, strings); nullopt when they cannot
// be ordered (booleans, codings, or different kinds).
std::optional<std::partial_ordering> order_answers(const AnswerValue& a, const AnswerValue& b);

// The FHIR value[x] suffix for a value, e.g. "Coding" for valueCoding.
std::string fhir_value_kind(const AnswerValue& value);

// The value as FHIR JSON, without the "value" prefix: a Coding becomes an object.
nlohmann::json fhir_value_json(const AnswerValue& value);

// Reads FHIR's `<prefix>Boolean`, `<prefix>Integer`, ... from `object`; nullopt when none is
// present. Throws FieldError naming the field when present but malformed. `allowed` lists
// the kinds accepted ("Boolean", "Integer", "Decimal", "String", "Date", "Coding").
std::optional<AnswerValue> read_fhir_value(const nlohmann::json& object, const std::string& prefix,
                                           const std::vector<const char*>& allowed,
                                           const std::string& path);

}  // namespace stillpoint::forms
