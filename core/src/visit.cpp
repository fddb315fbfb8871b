#include "stillpoint/core/visit.h"

namespace stillpoint {

std::optional<VisitState> next_state(VisitState from, VisitAction action) {
  using S = VisitState;
  switch (action) {
    case VisitAction::call:  // calling again moves the person to another room
      if (from == S::waiting || from == S::called) return S::called;
      break;
    case VisitAction::start:
      if (from == S::called) return S::in_session;
      break;
    case VisitAction::complete:
      if (from == S::in_session) return S::done;
      break;
    case VisitAction::no_show:
      if (from == S::called || from == S::waiting) return S::no_show;
      break;
    case VisitAction::requeue:  // back into line: they stepped out, or were called too early
      if (from == S::called || from == S::no_show) return S::waiting;
      break;
  }
  return std::nullopt;
}

std::string_view to_string(VisitKind kind) {
  return kind == VisitKind::appointment ? "appointment" : "walk_in";
}

std::string_view to_string(VisitState state) {
  switch (state) {
    case VisitState::waiting: return "waiting";
    case VisitState::called: return "called";
    case VisitState::in_session: return "in_session";
    case VisitState::done: return "done";
    case VisitState::no_show: return "no_show";
  }
  return "waiting";
}

std::string_view to_string(VisitAction action) {
  switch (action) {
    case VisitAction::call: return "call";
    case VisitAction::start: return "start";
    case VisitAction::complete: return "complete";
    case VisitAction::no_show: return "no-show";
    case VisitAction::requeue: return "requeue";
  }
  return "call";
}

std::optional<VisitKind> parse_visit_kind(std::string_view text) {
  if (text == "appointment") return VisitKind::appointment;
  if (text == "walk_in") return VisitKind::walk_in;
  return std::nullopt;
}

std::optional<VisitState> parse_visit_state(std::string_view text) {
  for (auto s : {VisitState::waiting, VisitState::called, VisitState::in_session, VisitState::done,
                 VisitState::no_show})
    if (to_string(s) == text) return s;
  return std::nullopt;
}

std::optional<VisitAction> parse_visit_action(std::string_view text) {
  for (auto a : {VisitAction::call, VisitAction::start, VisitAction::complete,
                 VisitAction::no_show, VisitAction::requeue})
    if (to_string(a) == text) return a;
  return std::nullopt;
}

std::string_view to_string(UrgentReason reason) {
  return reason == UrgentReason::help_button ? "help_button" : "asked_to_talk";
}

std::optional<UrgentReason> parse_urgent_reason(std::string_view text) {
  for (auto r : {UrgentReason::help_button, UrgentReason::asked_to_talk})
    if (to_string(r) == text) return r;
  return std::nullopt;
}

}  // namespace stillpoint
