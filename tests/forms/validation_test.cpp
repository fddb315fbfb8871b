// Validation: each kind of problem names its linkId; pages validate on their own.
#include <doctest/doctest.h>

#include <algorithm>

#include "form_builder.h"
#include "stillpoint/core/forms/form_session.h"

using namespace stillpoint;
using namespace stillpoint::forms;
using namespace forms_test;

namespace {

json range(json min, json max, const char* kind) {
  return {{"extension", json::array({{{"url", "http://hl7.org/fhir/StructureDefinition/minValue"}, {std::string("value") + kind, min}},
                                     {{"url", "http://hl7.org/fhir/StructureDefinition/maxValue"}, {std::string("value") + kind, max}}})}};
}

bool has(const std::vector<Problem>& problems, const std::string& link_id, ProblemCode code) {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const Problem& p) { return p.link_id == link_id && p.code == code; });
}

std::shared_ptr<const Questionnaire> form() {
  return load(json::array({
      item("p1", "group", {{"item", json::array({item("name-free", "string", {{"required", true}}),
                                                 item("score", "integer", range(0, 10, "Integer")),
                                                 item("temp", "decimal", range(35.0, 42.5, "Decimal"))})}}),
      item("p2", "group", {{"item", json::array({item("when", "date", range("2026-01-01", "2026-12-31", "Date")),
                                                 item("note", "string", {{"maxLength", 5}}),
                                                 item("oc", "open-choice", {{"maxLength", 4}, {"answerOption", coded_options({"a"})}})})}}),
  }));
}

}  // namespace

TEST_CASE("forms: a required question without an answer is reported by linkId") {
  FormSession s(form());
  CHECK(has(s.validate(), "name-free", ProblemCode::Required));
  s.set_answer("name-free", std::string("x"));
  CHECK_FALSE(has(s.validate(), "name-free", ProblemCode::Required));
}

TEST_CASE("forms: values outside minValue/maxValue are stored and reported") {
  FormSession s(form());
  CHECK_FALSE(s.set_answer("score", std::int64_t{11}));  // the keypad may produce it; validation explains
  CHECK(has(s.validate(), "score", ProblemCode::AboveMaximum));
  s.set_answer("score", std::int64_t{-1});
  CHECK(has(s.validate(), "score", ProblemCode::BelowMinimum));
  s.set_answer("score", std::int64_t{10});
  CHECK_FALSE(has(s.validate(), "score", ProblemCode::AboveMaximum));
  s.set_answer("temp", 42.6);
  CHECK(has(s.validate(), "temp", ProblemCode::AboveMaximum));
  s.set_answer("temp", 35.0);
  CHECK_FALSE(has(s.validate(), "temp", ProblemCode::BelowMinimum));
  s.set_answer("when", Date{std::chrono::year{2025}, std::chrono::month{12}, std::chrono::day{31}});
  CHECK(has(s.validate(), "when", ProblemCode::BelowMinimum));
  s.set_answer("when", Date{std::chrono::year{2027}, std::chrono::month{1}, std::chrono::day{1}});
  CHECK(has(s.validate(), "when", ProblemCode::AboveMaximum));
}

TEST_CASE("forms: text longer than maxLength is reported, including open-choice free text") {
  FormSession s(form());
  s.set_answer("note", std::string("123456"));
  s.set_answer("oc", std::string("12345"));
  const auto problems = s.validate();
  CHECK(has(problems, "note", ProblemCode::TooLong));
  CHECK(has(problems, "oc", ProblemCode::TooLong));
  s.set_answer("note", std::string("12345"));
  CHECK_FALSE(has(s.validate(), "note", ProblemCode::TooLong));
}

TEST_CASE("forms: pages validate on their own so Next can stop on the right page") {
  FormSession s(form());
  REQUIRE(s.pages().size() == 2);
  s.set_answer("note", std::string("too long here"));
  const auto first = s.validate_page(0), second = s.validate_page(1);
  CHECK(has(first, "name-free", ProblemCode::Required));
  CHECK_FALSE(has(first, "note", ProblemCode::TooLong));
  CHECK(has(second, "note", ProblemCode::TooLong));
  CHECK_FALSE(has(second, "name-free", ProblemCode::Required));
}

TEST_CASE("forms: every problem message names its kind and never the answer itself") {
  FormSession s(form());
  s.set_answer("note", std::string("SENTINEL-SECRET"));
  for (const auto& p : s.validate()) {
    CHECK_FALSE(p.link_id.empty());
    CHECK(p.message.find("SENTINEL") == std::string::npos);
    CHECK(p.message.rfind(problem_code_name(p.code), 0) == 0);
  }
}
