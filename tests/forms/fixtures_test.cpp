// Public instruments written as FHIR R4 Questionnaires (tests/fixtures/questionnaires) load and
// produce responses carrying their LOINC answer codes.
#include <doctest/doctest.h>

#include "form_builder.h"
#include "stillpoint/core/forms/form_session.h"

using namespace stillpoint;
using namespace stillpoint::forms;
using namespace forms_test;

namespace {

const char* const kLoinc = "http://loinc.org";
const TimePoint kAuthored = *parse_timestamp("2026-11-21T14:30:00Z");

FormSession fixture(const std::string& name) {
  return FormSession(load_questionnaire_text(read_file(source_path("tests/fixtures/questionnaires/" + name))));
}

// The frequency questions of a fixture: the choice items answered with the LL358-3 codes.
std::vector<const Item*> frequency_items(const Questionnaire& form) {
  std::vector<const Item*> out;
  for (const Item* item : form.in_order())
    if (item->type == ItemType::Choice && item->find_option(Coding{kLoinc, "LA6568-5", ""})) out.push_back(item);
  return out;
}

// Answers every frequency item with `code` and returns the response's answers in order.
std::vector<std::string> answer_all(FormSession& s, const char* code) {
  for (const Item* item : frequency_items(s.form())) REQUIRE_FALSE(s.set_answer(item->link_id, Coding{kLoinc, code, ""}));
  std::vector<std::string> codes;
  const std::function<void(const json&)> walk = [&](const json& items) {
    for (const auto& it : items) {
      if (it.contains("answer") && it["answer"][0].contains("valueCoding"))
        codes.push_back(it["answer"][0]["valueCoding"]["code"]);
      if (it.contains("item")) walk(it["item"]);
    }
  };
  walk(s.build_response(kAuthored)["item"]);
  return codes;
}

}  // namespace

TEST_CASE("forms: PHQ-9 loads, answers with LOINC codes, and shows the difficulty question only when needed") {
  FormSession s = fixture("phq-9.json");
  CHECK(frequency_items(s.form()).size() == 9);
  const auto codes = answer_all(s, "LA6568-5");
  CHECK(codes == std::vector<std::string>(9, "LA6568-5"));
  CHECK_FALSE(s.is_shown("/69722-7"));  // no problems checked, no difficulty question
  CHECK(s.validate().empty());
  s.set_answer("/44260-8", Coding{kLoinc, "LA6570-1", ""});
  CHECK(s.is_shown("/69722-7"));
  s.set_answer("/69722-7", Coding{kLoinc, "LA6573-5", ""});
  const json r = s.build_response(kAuthored);
  CHECK(r["questionnaire"] == "https://stillpoint.example/fhir/Questionnaire/phq-9|1.0.0");
  CHECK(r["item"].back()["answer"][0]["valueCoding"]["code"] == "LA6573-5");
  CHECK(r["item"].back()["answer"][0]["valueCoding"]["display"] == "Somewhat difficult");
}

TEST_CASE("forms: PHQ-9 refuses to be sent with a question unanswered") {
  FormSession s = fixture("phq-9.json");
  s.set_answer("/44250-9", Coding{kLoinc, "LA6571-9", ""});
  const auto problems = s.validate();
  CHECK(problems.size() == 8);
  CHECK(problems.front().link_id == "/44255-8");
}

TEST_CASE("forms: GAD-7 loads and its response carries the seven answer codes") {
  FormSession s = fixture("gad-7.json");
  CHECK(frequency_items(s.form()).size() == 7);
  const auto codes = answer_all(s, "LA6571-9");
  CHECK(codes == std::vector<std::string>(7, "LA6571-9"));
  CHECK(s.is_shown("/69722-7"));
  CHECK(s.validate().empty());
}

TEST_CASE("forms: GAD-7 item 2 keeps LOINC's own answer list") {
  // 68509-9's third answer is LA18938-3 "More days than not" (see fixtures/questionnaires/SOURCES.md).
  FormSession s = fixture("gad-7.json");
  CHECK(s.set_answer("/68509-9", Coding{kLoinc, "LA6570-1", ""}).has_value());
  CHECK_FALSE(s.set_answer("/68509-9", Coding{kLoinc, "LA18938-3", ""}).has_value());
  CHECK_FALSE(s.set_answer("/69733-4", Coding{kLoinc, "LA6570-1", ""}).has_value());
}

TEST_CASE("forms: PHQ-2 loads as one page with its two questions and a read-only total") {
  FormSession s = fixture("phq-2.json");
  REQUIRE(s.pages().size() == 1);
  CHECK(s.pages()[0].group->link_id == "phq2");
  CHECK(s.visible_items(0).size() == 4);  // intro, two questions, total
  CHECK(s.form().find("/55758-7")->read_only);
  const auto codes = answer_all(s, "LA6569-3");
  CHECK(codes == std::vector<std::string>{"LA6569-3", "LA6569-3"});
}

TEST_CASE("forms: a flat questionnaire becomes one page of loose items") {
  FormSession s = fixture("gad-7.json");
  REQUIRE(s.pages().size() == 1);
  CHECK(s.pages()[0].group == nullptr);
  CHECK(s.page_shown(0));
}
