// Load refusals: anything the kiosk could not render is refused when the form loads, and the
// error names the linkId so the form's author knows what to fix.
#include <doctest/doctest.h>

#include "form_builder.h"

using namespace stillpoint::forms;
using namespace forms_test;

namespace {

json when(const char* question, json answer = {{"answerBoolean", true}}, const char* op = "=") {
  json c = {{"question", question}, {"operator", op}};
  c.update(answer);
  return {{"enableWhen", json::array({c})}};
}

const json kBodyMap = {{"url", "https://stillpoint.example/fhir/StructureDefinition/body-map"}, {"valueBoolean", true}};

}  // namespace

TEST_CASE("forms: an unknown item type is refused naming the linkId") {
  CHECK(refused_link_id(questionnaire(json::array({item("ok", "string"), item("mood", "emoji-picker")}))) == "mood");
  CHECK(refused_link_id(questionnaire(json::array({item("up", "attachment")}))) == "up");
  CHECK(refused_link_id(questionnaire(json::array({item("g", "group", {{"item", json::array({item("deep", "quantity")})}})}))) == "deep");
}

TEST_CASE("forms: a duplicate linkId is refused naming it") {
  CHECK(refused_link_id(questionnaire(json::array({item("twice", "string"), item("g", "group", {{"item", json::array({item("twice", "integer")})}})}))) == "twice");
}

TEST_CASE("forms: a broken enableWhen reference is refused naming the item that holds it") {
  SUBCASE("the question does not exist") {
    CHECK(refused_link_id(questionnaire(json::array({item("t", "string", when("ghost"))}))) == "t");
  }
  SUBCASE("the question comes later (forward references are refused)") {
    CHECK(refused_link_id(questionnaire(json::array({item("t", "string", when("later")), item("later", "boolean")}))) == "t");
  }
  SUBCASE("the item refers to itself") {
    CHECK(refused_link_id(questionnaire(json::array({item("t", "boolean", when("t"))}))) == "t");
  }
  SUBCASE("the item refers to its own child") {
    CHECK(refused_link_id(questionnaire(json::array({item("g", "group", {{"enableWhen", when("c")["enableWhen"]}, {"item", json::array({item("c", "boolean")})}})}))) == "g");
  }
  SUBCASE("the reference is a group, not a question") {
    CHECK(refused_link_id(questionnaire(json::array({item("g", "group", {{"item", json::array({item("x", "boolean")})}}), item("t", "string", when("g"))}))) == "t");
  }
  SUBCASE("the answer kind does not fit the question") {
    CHECK(refused_link_id(questionnaire(json::array({item("n", "integer"), item("t", "string", when("n", {{"answerString", "5"}}))}))) == "t");
    CHECK(refused_link_id(questionnaire(json::array({choice("c", {"a"}), item("t", "string", when("c", {{"answerBoolean", true}}))}))) == "t");
  }
  SUBCASE("ordering something that has no order") {
    CHECK(refused_link_id(questionnaire(json::array({item("b", "boolean"), item("t", "string", when("b", {{"answerBoolean", true}}, ">"))}))) == "t");
    CHECK(refused_link_id(questionnaire(json::array({item("s", "string"), item("t", "string", when("s", {{"answerString", "m"}}, "<"))}))) == "t");
  }
  SUBCASE("an unknown operator") {
    CHECK(refused_link_id(questionnaire(json::array({item("b", "boolean"), item("t", "string", when("b", {{"answerBoolean", true}}, "~"))}))) == "t");
  }
  SUBCASE("exists needs a boolean") {
    CHECK(refused_link_id(questionnaire(json::array({item("n", "integer"), item("t", "string", when("n", {{"answerInteger", 1}}, "exists"))}))) == "t");
  }
  SUBCASE("several conditions without enableBehavior") {
    json two = when("b");
    two["enableWhen"].push_back(two["enableWhen"][0]);
    CHECK(refused_link_id(questionnaire(json::array({item("b", "boolean"), item("t", "string", two)}))) == "t");
  }
}

TEST_CASE("forms: answerOption on an item that takes no options is refused") {
  CHECK(refused_link_id(questionnaire(json::array({item("n", "integer", {{"answerOption", coded_options({"a"})}})}))) == "n");
  CHECK(refused_link_id(questionnaire(json::array({item("c", "choice")}))) == "c");  // a choice needs options
  CHECK(refused_link_id(questionnaire(json::array({item("c", "choice", {{"answerValueSet", "http://x"}})}))) == "c");
}

TEST_CASE("forms: the body map is refused on a non-choice item or with regions it cannot draw") {
  CHECK(refused_link_id(questionnaire(json::array({item("where", "string", {{"extension", json::array({kBodyMap})}})}))) == "where");
  json odd = {{"extension", json::array({kBodyMap})}, {"answerOption", json::array({{{"valueCoding", {{"system", "https://stillpoint.example/fhir/CodeSystem/body-region"}, {"code", "tail"}}}}})}};
  CHECK(refused_link_id(questionnaire(json::array({item("where", "choice", odd)}))) == "where");
  CHECK(refused_link_id(questionnaire(json::array({choice("where", {"head-neck"}, {{"extension", json::array({kBodyMap})}})}))) == "where");  // wrong system
}

TEST_CASE("forms: other shapes the renderer cannot draw are refused naming the item") {
  const json slider = {{"url", "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"},
                       {"valueCodeableConcept", {{"coding", json::array({{{"code", "slider"}}})}}}};
  CHECK(refused_link_id(questionnaire(json::array({item("s", "integer", {{"extension", json::array({slider})}})}))) == "s");  // no range
  CHECK(refused_link_id(questionnaire(json::array({item("s", "string", {{"extension", json::array({slider})}})}))) == "s");
  CHECK(refused_link_id(questionnaire(json::array({item("g", "group")}))) == "g");
  CHECK(refused_link_id(questionnaire(json::array({item("g", "group", {{"repeats", true}, {"item", json::array({item("x", "string")})}})}))) == "g");
  CHECK(refused_link_id(questionnaire(json::array({item("n", "integer", {{"maxLength", 3}})}))) == "n");
  CHECK(refused_link_id(questionnaire(json::array({item("n", "integer", {{"initial", json::array({{{"valueString", "x"}}})}})}))) == "n");
  CHECK(refused_link_id(questionnaire(json::array({item("m", "string", {{"modifierExtension", json::array({{{"url", "x"}}})}})}))) == "m");
  CHECK(refused_link_id(questionnaire(json::array({item("r", "string", {{"required", "yes"}})}))) == "r");
  // malformed extensions anywhere in an item still name the item rather than crash
  CHECK(refused_link_id(questionnaire(json::array({item("x", "string", {{"extension", json::array({{{"url", 7}}})}})}))) == "x");
  CHECK(refused_link_id(questionnaire(json::array({item("x", "integer", {{"extension", json::array({{{"url", "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"}, {"valueCodeableConcept", {{"text", "slider"}}}}})}})}))) == "x");
  json urgent = coded_options({"a"});
  urgent[0]["extension"] = json::array({{{"url", "https://stillpoint.example/fhir/StructureDefinition/urgent"}, {"valueBoolean", "yes"}}});
  CHECK(refused_link_id(questionnaire(json::array({item("x", "choice", {{"answerOption", urgent}})}))) == "x");
}

TEST_CASE("forms: a document that is not a questionnaire is refused as a whole") {
  CHECK(refused_link_id(json{{"resourceType", "Patient"}}) == "");
  CHECK(refused_link_id(json{{"resourceType", "Questionnaire"}, {"item", json::array()}}) == "");
  CHECK(refused_link_id(questionnaire(json::array({{{"type", "string"}}}))) == "item[0]");  // no linkId
  CHECK_THROWS_AS(load_questionnaire_text("{\"resourceType\": "), FormLoadError);
}

TEST_CASE("forms: the refusal message names the linkId for people reading logs") {
  try {
    load_questionnaire(questionnaire(json::array({item("mood", "emoji-picker")})));
    FAIL("loaded");
  } catch (const FormLoadError& e) {
    CHECK(std::string(e.what()).find("\"mood\"") != std::string::npos);
    CHECK(std::string(e.what()).find("emoji-picker") != std::string::npos);
  }
}
