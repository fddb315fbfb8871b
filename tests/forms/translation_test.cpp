// Translations: the standard translation extension on text, titles and option displays; a
// language switch changes words, never answers.
#include <doctest/doctest.h>

#include "form_builder.h"
#include "stillpoint/core/forms/form_session.h"

using namespace stillpoint;
using namespace stillpoint::forms;
using namespace forms_test;

namespace {

json es(const std::string& text) {
  return {{"extension", json::array({{{"url", "http://hl7.org/fhir/StructureDefinition/translation"},
                                      {"extension", json::array({{{"url", "lang"}, {"valueCode", "es"}},
                                                                 {{"url", "content"}, {"valueString", text}}})}}})}};
}

std::shared_ptr<const Questionnaire> bilingual() {
  json q = questionnaire(json::array({
      item("mood", "choice", {{"text", "How are you?"}, {"_text", es("¿Cómo está?")},
                              {"answerOption", json::array({
                                  {{"valueCoding", {{"system", kSystem}, {"code", "ok"}, {"display", "Fine"}, {"_display", es("Bien")}}}},
                                  {{"valueString", "Tired"}, {"_valueString", es("Cansado")}},
                                  {{"valueCoding", {{"system", kSystem}, {"code", "plain"}, {"display", "Untranslated"}}}}})}}),
  }));
  q["title"] = "Welcome";
  q["_title"] = es("Bienvenida");
  return load_questionnaire(q);
}

}  // namespace

TEST_CASE("forms: text, title and options are read in the chosen language") {
  FormSession s(bilingual());
  const Item& mood = *s.form().find("mood");
  CHECK(s.language() == "en");
  CHECK(s.text(mood) == "How are you?");
  CHECK(s.title() == "Welcome");
  s.set_language("es");
  CHECK(s.text(mood) == "¿Cómo está?");
  CHECK(s.title() == "Bienvenida");
  CHECK(s.label(mood.options[0]) == "Bien");
  CHECK(s.label(mood.options[1]) == "Cansado");
  CHECK(s.label(mood.options[2]) == "Untranslated");  // a missing translation falls back
  s.set_language("es-MX");
  CHECK(s.text(mood) == "¿Cómo está?");  // a regional variant finds the base language
  CHECK(s.form().languages() == std::vector<std::string>{"en", "es"});
}

TEST_CASE("forms: switching language keeps answers, and the response stays in the form's language") {
  FormSession s(bilingual());
  s.set_language("es");
  REQUIRE_FALSE(s.set_answer("mood", Coding{kSystem, "ok", ""}));
  s.set_language("en");
  CHECK(s.is_selected("mood", Coding{kSystem, "ok", ""}));
  s.set_language("es");
  const json r = s.build_response(*parse_timestamp("2026-11-21T14:30:00Z"));
  CHECK(r["item"][0]["text"] == "How are you?");
  CHECK(r["item"][0]["answer"][0]["valueCoding"]["display"] == "Fine");
}

TEST_CASE("forms: a malformed translation is refused naming the item") {
  json bad = es("x");
  bad["extension"][0]["extension"].erase(1);  // no content
  CHECK(refused_link_id(questionnaire(json::array({item("q1", "string", {{"_text", bad}})}))) == "q1");
}
