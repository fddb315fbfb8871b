#include "filled_intake.h"

namespace forms_test {

using namespace stillpoint::forms;

namespace {

Coding intake_code(const char* code) { return {"https://stillpoint.example/fhir/CodeSystem/intake", code, ""}; }
Coding region(const char* code) { return {"https://stillpoint.example/fhir/CodeSystem/body-region", code, ""}; }

}  // namespace

bool fill_intake(FormSession& s) {
  bool ok = true;
  const auto set = [&](const char* link_id, AnswerValue value) { ok = !s.set_answer(link_id, std::move(value)) && ok; };
  const auto toggle = [&](const char* link_id, AnswerValue value) { ok = !s.toggle_answer(link_id, value) && ok; };
  toggle("reason", intake_code("stress-anxiety"));
  toggle("reason", intake_code("other"));
  set("reason-other", std::string("Jaw clenching at night"));
  set("stress-today", std::int64_t{7});
  set("sleep-week", intake_code("up-and-down"));
  toggle("tension-areas", region("shoulders"));
  toggle("tension-areas", region("upper-back"));
  toggle("avoid-areas", region("feet"));
  set("pressure", intake_code("ask-me"));
  set("consent", intake_code("agree"));
  set("therapist-preference", intake_code("no-preference"));
  set("surgery-injury", intake_code("yes"));
  set("surgery-injury-details", std::string("Sprained ankle in March"));
  set("blood-clots", intake_code("not-sure"));
  set("pregnant", intake_code("yes"));
  set("pregnancy-weeks", std::int64_t{20});
  set("skin", intake_code("no"));
  set("sensation-medicine", intake_code("no"));
  set("talk-care-team", intake_code("yes-later"));
  return ok;
}

}  // namespace forms_test
