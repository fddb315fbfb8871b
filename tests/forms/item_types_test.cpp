// GIVEN a form with one item of each type WHEN answered THEN the engine keeps the value and the
// response carries it as the right FHIR value[x].
#include <doctest/doctest.h>

#include "form_builder.h"
#include "stillpoint/core/forms/form_session.h"

using namespace stillpoint;
using namespace stillpoint::forms;
using namespace forms_test;

namespace {

const TimePoint kAuthored = *parse_timestamp("2026-11-21T14:30:00Z");

json every_type() {
  return json::array({
      item("intro", "display"),
      item("g", "group", {{"item", json::array({item("b", "boolean")})}}),
      choice("c", {"x", "y"}),
      item("oc", "open-choice", {{"answerOption", coded_options({"x"})}}),
      item("i", "integer"),
      item("d", "decimal"),
      item("s", "string"),
      item("t", "text"),
      item("dt", "date"),
  });
}

// The first answer of `link_id` in a response (searching nested items).
json answer_of(const json& items, const std::string& link_id) {
  for (const auto& it : items) {
    if (it.at("linkId") == link_id) return it.at("answer").at(0);
    if (it.contains("item"))
      if (auto found = answer_of(it.at("item"), link_id); !found.is_null()) return found;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("forms: every item type loads and answers land in the response as value[x]") {
  FormSession s(load(every_type()));
  CHECK_FALSE(s.set_answer("b", true));
  CHECK_FALSE(s.set_answer("c", Coding{kSystem, "y", ""}));
  CHECK_FALSE(s.set_answer("oc", std::string("free text")));
  CHECK_FALSE(s.set_answer("i", std::int64_t{42}));
  CHECK_FALSE(s.set_answer("d", 36.6));
  CHECK_FALSE(s.set_answer("s", std::string("short")));
  CHECK_FALSE(s.set_answer("t", std::string("a longer\nanswer")));
  CHECK_FALSE(s.set_answer("dt", Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{9}}));
  CHECK(s.validate().empty());

  const json items = s.build_response(kAuthored).at("item");
  CHECK(answer_of(items, "b") == json{{"valueBoolean", true}});
  CHECK(answer_of(items, "c").at("valueCoding").at("code") == "y");
  CHECK(answer_of(items, "c").at("valueCoding").at("display") == "Say y");
  CHECK(answer_of(items, "oc") == json{{"valueString", "free text"}});
  CHECK(answer_of(items, "i") == json{{"valueInteger", 42}});
  CHECK(answer_of(items, "d").at("valueDecimal").get<double>() == doctest::Approx(36.6));
  CHECK(answer_of(items, "s") == json{{"valueString", "short"}});
  CHECK(answer_of(items, "t") == json{{"valueString", "a longer\nanswer"}});
  CHECK(answer_of(items, "dt") == json{{"valueDate", "2026-03-09"}});
  CHECK(answer_of(items, "intro").is_null());  // display items never appear in a response
}

TEST_CASE("forms: a value of the wrong kind is refused and nothing is stored") {
  FormSession s(load(every_type()));
  const auto p = s.set_answer("i", std::string("forty"));
  REQUIRE(p);
  CHECK(p->link_id == "i");
  CHECK(p->code == ProblemCode::WrongType);
  CHECK(s.answers("i").empty());
  CHECK(s.set_answer("b", std::int64_t{1})->code == ProblemCode::WrongType);
  CHECK(s.set_answer("dt", std::string("2026-03-09"))->code == ProblemCode::WrongType);
  CHECK(s.set_answer("c", Coding{kSystem, "z", ""})->code == ProblemCode::NotAnOption);
  CHECK(s.set_answer("g", true)->code == ProblemCode::NotAQuestion);
  CHECK(s.set_answer("intro", true)->code == ProblemCode::NotAQuestion);
  CHECK(s.set_answer("nope", true)->code == ProblemCode::NotAQuestion);
}

TEST_CASE("forms: a decimal question takes whole numbers and sends them as valueDecimal") {
  FormSession s(load(json::array({item("d", "decimal")})));
  CHECK_FALSE(s.set_answer("d", std::int64_t{3}));
  CHECK(s.build_response(kAuthored)["item"][0]["answer"][0].contains("valueDecimal"));
}

TEST_CASE("forms: answer options may be codings, strings or integers") {
  const json strings = {{"answerOption", json::array({{{"valueString", "red"}}, {{"valueString", "blue"}}})}};
  const json integers = {{"answerOption", json::array({{{"valueInteger", 1}}, {{"valueInteger", 5}}})}};
  FormSession s(load(json::array({item("colour", "choice", strings), item("n", "choice", integers)})));
  CHECK_FALSE(s.set_answer("colour", std::string("blue")));
  CHECK(s.set_answer("colour", std::string("green"))->code == ProblemCode::NotAnOption);
  CHECK_FALSE(s.set_answer("n", std::int64_t{5}));
  CHECK(s.set_answer("n", std::int64_t{2})->code == ProblemCode::NotAnOption);
  const json r = s.build_response(kAuthored);
  CHECK(r["item"][0]["answer"][0] == json{{"valueString", "blue"}});
  CHECK(r["item"][1]["answer"][0] == json{{"valueInteger", 5}});
  CHECK(s.label(s.form().find("n")->options[1]) == "5");
}

TEST_CASE("forms: repeats allows several answers, toggling adds and removes") {
  FormSession s(load(json::array({choice("many", {"a", "b", "c"}, {{"repeats", true}}), choice("one", {"a", "b"})})));
  CHECK_FALSE(s.toggle_answer("many", Coding{kSystem, "a", ""}));
  CHECK_FALSE(s.toggle_answer("many", Coding{kSystem, "c", ""}));
  CHECK(s.answers("many").size() == 2);
  CHECK_FALSE(s.toggle_answer("many", Coding{kSystem, "a", ""}));
  CHECK(s.answers("many").size() == 1);
  CHECK(s.is_selected("many", Coding{kSystem, "c", ""}));
  CHECK(s.set_answers("one", {Coding{kSystem, "a", ""}, Coding{kSystem, "b", ""}})->code == ProblemCode::TooMany);
  CHECK_FALSE(s.toggle_answer("one", Coding{kSystem, "a", ""}));
  CHECK(s.toggle_answer("one", Coding{kSystem, "b", ""})->code == ProblemCode::TooMany);
}

TEST_CASE("forms: initial values and initialSelected options start the form and survive clear") {
  json opts = coded_options({"a", "b"});
  opts[1]["initialSelected"] = true;
  FormSession s(load(json::array({item("n", "integer", {{"initial", json::array({{{"valueInteger", 3}}})}}),
                                  item("c", "choice", {{"answerOption", opts}})})));
  CHECK(std::get<std::int64_t>(s.answers("n").at(0)) == 3);
  CHECK(s.is_selected("c", Coding{kSystem, "b", ""}));
  CHECK_FALSE(s.has_entries());
  s.set_answer("n", std::int64_t{9});
  CHECK(s.has_entries());
  s.clear();
  CHECK(std::get<std::int64_t>(s.answers("n").at(0)) == 3);
  CHECK_FALSE(s.has_entries());
}

TEST_CASE("forms: a read-only item keeps its value and is still sent") {
  FormSession s(load(json::array({item("ro", "string", {{"readOnly", true}, {"initial", json::array({{{"valueString", "kiosk A"}}})}})})));
  const auto p = s.set_answer("ro", std::string("changed"));
  REQUIRE(p);
  CHECK(p->code == ProblemCode::ReadOnly);
  CHECK(s.build_response(kAuthored)["item"][0]["answer"][0]["valueString"] == "kiosk A");
}

TEST_CASE("forms: itemControl codes and the body map reach the renderer") {
  const auto control = [](const char* code) {
    return json{{"extension", json::array({{{"url", "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"},
                                            {"valueCodeableConcept", {{"coding", json::array({{{"code", code}}})}}}}})}};
  };
  json slider = control("slider");
  slider["extension"].push_back({{"url", "http://hl7.org/fhir/StructureDefinition/minValue"}, {"valueInteger", 0}});
  slider["extension"].push_back({{"url", "http://hl7.org/fhir/StructureDefinition/maxValue"}, {"valueInteger", 10}});
  json body = {{"repeats", true},
               {"extension", json::array({{{"url", "https://stillpoint.example/fhir/StructureDefinition/body-map"}, {"valueBoolean", true}}})},
               {"answerOption", json::array({{{"valueCoding", {{"system", "https://stillpoint.example/fhir/CodeSystem/body-region"}, {"code", "knees"}}}}})}};
  const auto form = load(json::array({item("s", "integer", slider), choice("cb", {"a"}, control("check-box")),
                                      choice("rb", {"a"}, control("radio-button")), choice("dd", {"a"}, control("drop-down")),
                                      choice("other", {"a"}, control("autocomplete")), item("map", "choice", body)}));
  CHECK(form->find("s")->control == Control::Slider);
  CHECK(std::get<std::int64_t>(*form->find("s")->max_value) == 10);
  CHECK(form->find("cb")->control == Control::CheckBox);
  CHECK(form->find("rb")->control == Control::RadioButton);
  CHECK(form->find("dd")->control == Control::DropDown);
  CHECK(form->find("other")->control == Control::Default);  // unknown SDC controls fall back
  CHECK(form->find("map")->control == Control::BodyMap);
}
