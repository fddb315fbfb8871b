// The clinic's default intake form (assets/forms/intake.json): it loads, a filled one
// validates, the urgent flag works, language switches keep answers and clear wipes them.
#include <doctest/doctest.h>

#include <algorithm>

#include "filled_intake.h"
#include "form_builder.h"
#include "stillpoint/core/forms/body_map.h"
#include "stillpoint/core/forms/form_session.h"

using namespace stillpoint;
using namespace stillpoint::forms;
using namespace forms_test;

namespace {

const TimePoint kAuthored = *parse_timestamp("2026-11-21T14:30:00Z");

FormSession intake_session() {
  return FormSession(load_questionnaire_text(read_file(source_path("assets/forms/intake.json"))));
}

bool visible(const FormSession& s, std::size_t page, const std::string& link_id) {
  const auto items = s.visible_items(page);
  return std::any_of(items.begin(), items.end(), [&](const VisibleItem& v) { return v.item->link_id == link_id; });
}

// Every piece of text a person can see, in every item and option.
void check_translated(const Item& item) {
  CAPTURE(item.link_id);
  CHECK(item.text.translations.count("es") == 1);
  for (const auto& option : item.options) CHECK(option.label.translations.count("es") == 1);
  for (const auto& child : item.children) check_translated(child);
}

}  // namespace

TEST_CASE("forms: the default intake form loads as five pages, all in English and Spanish") {
  FormSession s = intake_session();
  REQUIRE(s.pages().size() == 5);
  CHECK(s.pages()[0].group->link_id == "visit");
  CHECK(s.pages()[4].group->link_id == "finish");
  for (const auto& item : s.form().items()) check_translated(item);
  CHECK(s.form().languages() == std::vector<std::string>{"en", "es"});
  CHECK(s.form().find("stress-today")->control == Control::Slider);
  CHECK(s.form().find("tension-areas")->control == Control::BodyMap);
  CHECK(s.form().find("avoid-areas")->options.size() == body_regions().size());
}

TEST_CASE("forms: the default form asks for no name, phone or birth date") {
  const std::string text = read_file(source_path("assets/forms/intake.json"));
  for (const char* word : {"\"name\"", "phone", "birth", "address", "email"}) {
    CAPTURE(word);
    CHECK(text.find(std::string("\"linkId\": ") + word) == std::string::npos);
  }
  const FormSession s = intake_session();
  for (const Item* item : s.form().in_order()) CHECK(item->type != ItemType::Date);
}

TEST_CASE("forms: a filled default form validates and its response holds the answers") {
  FormSession s = intake_session();
  REQUIRE(fill_intake(s));
  CHECK(s.validate().empty());
  const json r = s.build_response(kAuthored);
  CHECK(r["questionnaire"] == "https://stillpoint.example/fhir/Questionnaire/intake|1.1.0");
  CHECK(r["item"].size() == 5);
  const json& health = r["item"][3];
  CHECK(health["linkId"] == "health");
  CHECK(health["item"][0]["linkId"] == "surgery-injury");
  CHECK(health["item"][0]["answer"][0]["item"][0]["answer"][0]["valueString"] == "Sprained ankle in March");
  CHECK_FALSE(s.is_urgent());
}

TEST_CASE("forms: the default form's required questions and consent") {
  FormSession s = intake_session();
  auto problems = s.validate();
  for (const char* required : {"reason", "consent", "surgery-injury", "blood-clots", "talk-care-team"}) {
    CAPTURE(required);
    CHECK(std::any_of(problems.begin(), problems.end(), [&](const Problem& p) { return p.link_id == required && p.code == ProblemCode::Required; }));
  }
  // Agreeing, or not being sure yet (the desk talks it through); never a refusal to tap.
  CHECK(s.form().find("consent")->options.size() == 2);
  CHECK(s.set_answer("consent", intake("decline"))->code == ProblemCode::NotAnOption);
}

TEST_CASE("forms: 'Not sure' is an answer to consent and to every health question, in both languages") {
  FormSession s = intake_session();
  REQUIRE_FALSE(s.set_answer("consent", intake("not-sure")));
  for (const char* question : {"surgery-injury", "blood-clots", "skin", "sensation-medicine"}) {
    CAPTURE(question);
    const Item* item = s.form().find(question);
    REQUIRE(item != nullptr);
    CHECK(item->type == ItemType::Choice);
    REQUIRE(item->options.size() == 3);
    CHECK(item->options[2].label.in("en") == "Not sure");
    CHECK(item->options[2].label.in("es") == "No lo sé");
    CHECK_FALSE(item->options[2].urgent);
    CHECK_FALSE(s.set_answer(question, intake("not-sure")));
  }
  const Item* consent = s.form().find("consent");
  CHECK(consent->options[1].label.in("en") == "Not sure yet: I'd like to talk it through first");
  CHECK(consent->options[1].label.in("es") == "Todavía tengo dudas: prefiero hablarlo antes");
  // With "Not sure" the health page and consent are complete: nothing required is left there.
  for (const Problem& p : s.validate()) {
    CAPTURE(p.link_id);
    CHECK((p.link_id == "reason" || p.link_id == "talk-care-team"));
  }
  // The details follow-up appears for "Yes" only.
  CHECK_FALSE(s.is_shown("surgery-injury-details"));
  s.set_answer("surgery-injury", intake("yes"));
  CHECK(s.is_shown("surgery-injury-details"));
}

TEST_CASE("forms: follow-ups appear only when they apply") {
  FormSession s = intake_session();
  CHECK_FALSE(visible(s, 0, "reason-other"));
  s.toggle_answer("reason", intake("other"));
  CHECK(visible(s, 0, "reason-other"));
  CHECK_FALSE(s.is_shown("pregnancy-weeks"));
  s.set_answer("pregnant", intake("yes"));
  CHECK(s.is_shown("pregnancy-weeks"));
  s.set_answer("pregnancy-weeks", std::int64_t{30});
  s.set_answer("pregnant", intake("prefer-not-to-say"));
  CHECK_FALSE(s.is_shown("pregnancy-weeks"));
  const json r = s.build_response(kAuthored);
  CHECK(r.dump().find("pregnancy-weeks") == std::string::npos);  // hidden answers are not sent
}

TEST_CASE("forms: wanting to talk to the care team as soon as possible marks the visit urgent") {
  FormSession s = intake_session();
  CHECK_FALSE(s.is_urgent());
  s.set_answer("talk-care-team", intake("yes-asap"));
  CHECK(s.is_urgent());
  s.set_answer("talk-care-team", intake("yes-later"));
  CHECK_FALSE(s.is_urgent());
  s.set_answer("talk-care-team", intake("yes-asap"));
  s.clear();
  CHECK_FALSE(s.is_urgent());
}

TEST_CASE("forms: switching to Spanish midway keeps every answer") {
  FormSession s = intake_session();
  s.toggle_answer("reason", intake("sleep"));
  s.set_answer("stress-today", std::int64_t{4});
  s.set_language("es");
  CHECK(s.title() == "Antes de su sesión");
  CHECK(s.text(*s.form().find("pressure")) == "¿Qué presión prefiere?");
  REQUIRE(fill_intake(s));
  s.set_language("en");
  CHECK(s.is_selected("reason", intake("sleep")));
  CHECK(s.is_selected("reason", intake("other")));
  CHECK(s.validate().empty());
  const json r = s.build_response(kAuthored);
  CHECK(r["item"][0]["text"] == "About today's visit");
}

TEST_CASE("forms: clear wipes everything a person entered in one call") {
  FormSession s = intake_session();
  REQUIRE(fill_intake(s));
  s.set_language("es");
  CHECK(s.has_entries());
  s.clear();
  CHECK_FALSE(s.has_entries());
  for (const Item* item : s.form().in_order()) CHECK(s.answers(item->link_id).empty());
  CHECK_FALSE(s.build_response(kAuthored).contains("item"));
}

TEST_CASE("forms: the body map toggles regions and knows which side each is drawn on") {
  FormSession s = intake_session();
  const Coding shoulders{kBodyRegionSystem, "shoulders", ""};
  s.toggle_answer("tension-areas", shoulders);
  s.toggle_answer("tension-areas", Coding{kBodyRegionSystem, "lower-back", ""});
  CHECK(s.is_selected("tension-areas", shoulders));
  s.toggle_answer("tension-areas", shoulders);
  CHECK_FALSE(s.is_selected("tension-areas", shoulders));
  CHECK(s.answers("tension-areas").size() == 1);
  CHECK(body_region_side("lower-back") == BodySide::Back);
  CHECK(body_region_side("chest") == BodySide::Front);
  CHECK(body_region_side("knees") == BodySide::Both);
  CHECK_FALSE(body_region_side("tail"));
}
