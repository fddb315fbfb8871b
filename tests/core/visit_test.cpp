#include <doctest/doctest.h>

#include "stillpoint/core/visit.h"

using namespace stillpoint;
using S = VisitState;
using A = VisitAction;

TEST_CASE("visit: the happy path is waiting -> called -> in_session -> done") {
  CHECK(next_state(S::waiting, A::call) == S::called);
  CHECK(next_state(S::called, A::start) == S::in_session);
  CHECK(next_state(S::in_session, A::complete) == S::done);
}

TEST_CASE("visit: no-show and requeue bring a missed person back into line") {
  CHECK(next_state(S::called, A::no_show) == S::no_show);
  CHECK(next_state(S::waiting, A::no_show) == S::no_show);
  CHECK(next_state(S::no_show, A::requeue) == S::waiting);
  CHECK(next_state(S::called, A::requeue) == S::waiting);
  CHECK(next_state(S::called, A::call) == S::called);  // re-call to another room
}

TEST_CASE("visit: illegal transitions are refused") {
  CHECK_FALSE(next_state(S::waiting, A::start));
  CHECK_FALSE(next_state(S::waiting, A::complete));
  CHECK_FALSE(next_state(S::done, A::call));
  CHECK_FALSE(next_state(S::done, A::requeue));
  CHECK_FALSE(next_state(S::in_session, A::call));
  CHECK_FALSE(next_state(S::in_session, A::no_show));
  CHECK_FALSE(next_state(S::no_show, A::start));
  CHECK_FALSE(next_state(S::waiting, A::requeue));
}

TEST_CASE("visit: names round-trip, and the URL spelling of no-show parses") {
  for (auto s : {S::waiting, S::called, S::in_session, S::done, S::no_show})
    CHECK(parse_visit_state(to_string(s)) == s);
  for (auto a : {A::call, A::start, A::complete, A::no_show, A::requeue})
    CHECK(parse_visit_action(to_string(a)) == a);
  CHECK(parse_visit_action("no-show") == A::no_show);
  CHECK_FALSE(parse_visit_action("delete"));
  CHECK(parse_visit_kind("walk_in") == VisitKind::walk_in);
  CHECK_FALSE(parse_visit_kind("walk-in"));
  for (auto r : {UrgentReason::help_button, UrgentReason::asked_to_talk})
    CHECK(parse_urgent_reason(to_string(r)) == r);
  CHECK(to_string(UrgentReason::help_button) == "help_button");
  CHECK(to_string(UrgentReason::asked_to_talk) == "asked_to_talk");
  CHECK_FALSE(parse_urgent_reason("Help_Button"));
  CHECK_FALSE(parse_urgent_reason(""));
}
