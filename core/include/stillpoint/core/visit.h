#pragma once
// A visit is one person's check-in as it moves through the day:
// waiting -> called -> in_session -> done, with no_show and requeue for the gaps in between.
#include <optional>
#include <string_view>

namespace stillpoint {

enum class VisitKind { appointment, walk_in };
enum class VisitState { waiting, called, in_session, done, no_show };
enum class VisitAction { call, start, complete, no_show, requeue };
// Why a visit is urgent, for the front desk only: the kiosk's "Need help now?" button, or an
// intake answer asking to talk to the care team as soon as possible.
enum class UrgentReason { help_button, asked_to_talk };

// The state after `action`, or nullopt when the action is not allowed from `from`.
std::optional<VisitState> next_state(VisitState from, VisitAction action);

std::string_view to_string(VisitKind kind);
std::string_view to_string(VisitState state);
std::string_view to_string(VisitAction action);
std::optional<VisitKind> parse_visit_kind(std::string_view text);
std::optional<VisitState> parse_visit_state(std::string_view text);
std::optional<VisitAction> parse_visit_action(std::string_view text);  // "no-show" as in URLs
std::string_view to_string(UrgentReason reason);
std::optional<UrgentReason> parse_urgent_reason(std::string_view text);

}  // namespace stillpoint
