// enableWhen, table-driven: each operator against each answer kind, any/all, nesting, and
// hidden items dropping out of validation and the response.
#include <doctest/doctest.h>

#include <optional>
#include <vector>

#include "form_builder.h"
#include "stillpoint/core/forms/form_session.h"

using namespace stillpoint;
using namespace stillpoint::forms;
using namespace forms_test;

namespace {

const TimePoint kAuthored = *parse_timestamp("2026-11-21T14:30:00Z");

Date day(int y, unsigned m, unsigned d) { return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}}; }

struct Row {
  const char* name;
  json source;                      // the question "q"
  const char* op;
  json answer;                      // {"answerX": value}
  std::optional<AnswerValue> given; // what the person answered to "q"
  bool shown;
};

// Whether item "t", conditioned on "q" by `row`, is shown.
bool target_shown(const Row& row) {
  json condition = {{"question", "q"}, {"operator", row.op}};
  condition.update(row.answer);
  FormSession s(load(json::array({row.source, item("t", "string", {{"enableWhen", json::array({condition})}})})));
  if (row.given) REQUIRE_FALSE(s.set_answer("q", *row.given));
  return s.is_shown("t");
}

std::vector<Row> table() {
  const json i = item("q", "integer"), d = item("q", "decimal"), s = item("q", "string");
  const json b = item("q", "boolean"), dt = item("q", "date"), c = choice("q", {"x", "y"});
  const json i5 = {{"answerInteger", 5}}, d25 = {{"answerDecimal", 2.5}};
  const json sx = {{"answerString", "yes"}}, cx = {{"answerCoding", coding("x")}};
  const json bt = {{"answerBoolean", true}}, dmid = {{"answerDate", "2026-06-15"}};
  return {
      {"exists true, answered", i, "exists", bt, std::int64_t{1}, true},
      {"exists true, unanswered", i, "exists", bt, std::nullopt, false},
      {"exists false, unanswered", i, "exists", {{"answerBoolean", false}}, std::nullopt, true},
      {"exists false, answered", s, "exists", {{"answerBoolean", false}}, std::string("a"), false},
      {"integer = equal", i, "=", i5, std::int64_t{5}, true},
      {"integer = other", i, "=", i5, std::int64_t{4}, false},
      {"integer != other", i, "!=", i5, std::int64_t{4}, true},
      {"integer != equal", i, "!=", i5, std::int64_t{5}, false},
      {"integer != unanswered", i, "!=", i5, std::nullopt, true},
      {"integer > bigger", i, ">", i5, std::int64_t{6}, true},
      {"integer > equal", i, ">", i5, std::int64_t{5}, false},
      {"integer < smaller", i, "<", i5, std::int64_t{4}, true},
      {"integer < equal", i, "<", i5, std::int64_t{5}, false},
      {"integer >= equal", i, ">=", i5, std::int64_t{5}, true},
      {"integer >= smaller", i, ">=", i5, std::int64_t{4}, false},
      {"integer <= equal", i, "<=", i5, std::int64_t{5}, true},
      {"integer <= bigger", i, "<=", i5, std::int64_t{6}, false},
      {"integer > unanswered", i, ">", i5, std::nullopt, false},
      {"decimal = equal", d, "=", d25, 2.5, true},
      {"decimal != other", d, "!=", d25, 2.4, true},
      {"decimal > bigger", d, ">", d25, 2.6, true},
      {"decimal < bigger", d, "<", d25, 2.6, false},
      {"decimal >= equal", d, ">=", d25, 2.5, true},
      {"decimal <= smaller", d, "<=", d25, 1.0, true},
      {"decimal > integer answer", d, ">", {{"answerInteger", 2}}, 2.5, true},
      {"string = equal", s, "=", sx, std::string("yes"), true},
      {"string = case differs", s, "=", sx, std::string("Yes"), false},
      {"string != other", s, "!=", sx, std::string("no"), true},
      {"coding = equal", c, "=", cx, Coding{kSystem, "x", ""}, true},
      {"coding = other", c, "=", cx, Coding{kSystem, "y", ""}, false},
      {"coding != other", c, "!=", cx, Coding{kSystem, "y", ""}, true},
      {"coding != equal", c, "!=", cx, Coding{kSystem, "x", ""}, false},
      {"boolean = true", b, "=", bt, true, true},
      {"boolean = false given", b, "=", bt, false, false},
      {"boolean != true given false", b, "!=", bt, false, true},
      {"date = equal", dt, "=", dmid, day(2026, 6, 15), true},
      {"date > later", dt, ">", dmid, day(2026, 6, 16), true},
      {"date > earlier", dt, ">", dmid, day(2026, 6, 14), false},
      {"date < earlier", dt, "<", dmid, day(2025, 12, 31), true},
      {"date >= equal", dt, ">=", dmid, day(2026, 6, 15), true},
      {"date <= later", dt, "<=", dmid, day(2026, 6, 16), false},
      {"date != other", dt, "!=", dmid, day(2026, 1, 1), true},
  };
}

}  // namespace

TEST_CASE("forms: enableWhen operators by answer kind") {
  for (const Row& row : table()) {
    CAPTURE(row.name);
    CHECK(target_shown(row) == row.shown);
  }
}

TEST_CASE("forms: a repeating question meets = when any answer matches, != only when none does") {
  const json cond_eq = {{"question", "q"}, {"operator", "="}, {"answerCoding", coding("x")}};
  const json cond_ne = {{"question", "q"}, {"operator", "!="}, {"answerCoding", coding("x")}};
  FormSession s(load(json::array({choice("q", {"x", "y"}, {{"repeats", true}}),
                                  item("eq", "string", {{"enableWhen", json::array({cond_eq})}}),
                                  item("ne", "string", {{"enableWhen", json::array({cond_ne})}})})));
  s.set_answers("q", {Coding{kSystem, "y", ""}, Coding{kSystem, "x", ""}});
  CHECK(s.is_shown("eq"));
  CHECK_FALSE(s.is_shown("ne"));
}

TEST_CASE("forms: enableBehavior all needs every condition, any needs one") {
  const json a_yes = {{"question", "a"}, {"operator", "="}, {"answerBoolean", true}};
  const json b_yes = {{"question", "b"}, {"operator", "="}, {"answerBoolean", true}};
  FormSession s(load(json::array({item("a", "boolean"), item("b", "boolean"),
                                  item("all", "string", {{"enableBehavior", "all"}, {"enableWhen", json::array({a_yes, b_yes})}}),
                                  item("any", "string", {{"enableBehavior", "any"}, {"enableWhen", json::array({a_yes, b_yes})}})})));
  CHECK_FALSE(s.is_shown("all"));
  CHECK_FALSE(s.is_shown("any"));
  s.set_answer("a", true);
  CHECK_FALSE(s.is_shown("all"));
  CHECK(s.is_shown("any"));
  s.set_answer("b", true);
  CHECK(s.is_shown("all"));
  s.set_answer("a", false);
  CHECK_FALSE(s.is_shown("all"));
  CHECK(s.is_shown("any"));
}

TEST_CASE("forms: a hidden parent hides its children, at any depth, and hidden answers do not count") {
  const json when_a = {{"question", "a"}, {"operator", "="}, {"answerBoolean", true}};
  const json when_deep = {{"question", "deep"}, {"operator", "exists"}, {"answerBoolean", true}};
  const json inner = item("inner", "group", {{"item", json::array({item("deep", "string", {{"required", true}})})}});
  const json outer = item("outer", "group", {{"enableWhen", json::array({when_a})}, {"item", json::array({inner})}});
  FormSession s(load(json::array({item("a", "boolean"), outer, item("after", "string", {{"enableWhen", json::array({when_deep})}})})));
  s.set_answer("a", true);
  s.set_answer("deep", std::string("kept"));
  CHECK(s.is_shown("inner"));
  CHECK(s.is_shown("deep"));
  CHECK(s.is_shown("after"));
  s.set_answer("a", false);
  CHECK_FALSE(s.is_shown("outer"));
  CHECK_FALSE(s.is_shown("inner"));
  CHECK_FALSE(s.is_shown("deep"));
  CHECK_FALSE(s.is_shown("after"));          // "deep" is hidden, so its answer does not exist
  CHECK(s.validate().empty());                // the hidden required "deep" is not required
  CHECK(s.answers("deep").size() == 1);       // but the answer is kept if the person goes back
  const json r = s.build_response(kAuthored);
  CHECK(r.at("item").size() == 1);
  CHECK(r["item"][0]["linkId"] == "a");
}

TEST_CASE("forms: a question with children nests them inside its answer") {
  const json when_yes = {{"question", "hurt"}, {"operator", "="}, {"answerBoolean", true}};
  const json hurt = item("hurt", "boolean", {{"item", json::array({item("where", "string", {{"enableWhen", json::array({when_yes})}})})}});
  FormSession s(load(json::array({hurt})));
  s.set_answer("hurt", true);
  s.set_answer("where", std::string("wrist"));
  json r = s.build_response(kAuthored);
  CHECK(r["item"][0]["answer"][0]["valueBoolean"] == true);
  CHECK(r["item"][0]["answer"][0]["item"][0]["linkId"] == "where");
  CHECK(r["item"][0]["answer"][0]["item"][0]["answer"][0]["valueString"] == "wrist");
  CHECK_FALSE(r["item"][0].contains("item"));
  s.set_answer("hurt", false);
  r = s.build_response(kAuthored);
  CHECK_FALSE(r["item"][0]["answer"][0].contains("item"));
}
