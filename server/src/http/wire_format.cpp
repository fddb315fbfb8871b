#include "http/wire_format.h"

#include "stillpoint/core/civil_time.h"

namespace stillpoint::server::http {

using nlohmann::json;

namespace {

template <typename T, typename F>
json optional_json(const std::optional<T>& value, F&& convert) {
  return value ? json(convert(*value)) : json(nullptr);
}

json optional_text(const std::optional<std::string>& value) {
  return optional_json(value, [](const std::string& s) { return s; });
}

json optional_time(const std::optional<TimePoint>& value) {
  return optional_json(value, [](TimePoint t) { return format_timestamp(t); });
}

}  // namespace

json queue_json(const QueueSnapshot& snapshot) {
  json now_serving = json::array();
  for (const auto& n : snapshot.now_serving)
    now_serving.push_back({{"ticket", n.ticket}, {"room", n.room}, {"since", format_timestamp(n.since)}});
  json waiting = json::array();
  for (const auto& w : snapshot.waiting)
    waiting.push_back({{"ticket", w.ticket}, {"position", w.position}});
  return json{{"version", snapshot.version},
              {"now_serving", std::move(now_serving)},
              {"waiting", std::move(waiting)},
              {"wait_minutes", optional_json(snapshot.wait,
                                             [](const WaitRange& r) {
                                               return json::array({r.low_minutes, r.high_minutes});
                                             })},
              {"updated_at", format_timestamp(snapshot.updated_at)}};
}

json visit_json(const Visit& v) {
  return json{{"id", v.id},
              {"ticket", v.ticket},
              {"kind", to_string(v.kind)},
              {"state", to_string(v.state)},
              {"urgent", v.urgent},
              {"urgent_reason",
               optional_json(v.urgent_reason, [](UrgentReason r) { return to_string(r); })},
              {"service", v.service},
              {"language", v.language},
              {"kiosk", v.kiosk_name},
              {"arrived_at", format_timestamp(v.arrived_at)},
              {"state_since", format_timestamp(v.state_since)},
              {"room", optional_text(v.room)},
              {"appointment_id", optional_text(v.appointment_id)},
              {"greeting_name", optional_text(v.greeting_name)},
              {"practitioner", optional_text(v.practitioner)},
              {"appointment_start", optional_time(v.appointment_start)},
              {"unmatched_claim", v.unmatched_claim},
              {"claim", optional_json(v.claim,
                                      [](const OfflineClaim& c) {
                                        return json{{"birth_date", format_date(c.birth_date)},
                                                    {"first_initial", optional_text(c.first_initial)}};
                                      })},
              {"position", optional_json(v.position, [](int p) { return p; })},
              {"response", v.response ? *v.response : json(nullptr)}};
}

json room_json(const RoomView& room) {
  return json{{"name", room.name},
              {"ticket", optional_text(room.ticket)},
              {"state", optional_json(room.state, [](VisitState s) { return to_string(s); })},
              {"since", optional_time(room.since)}};
}

json device_json(const Device& d) {
  return json{{"id", d.id},
              {"name", d.name},
              {"role", to_string(d.role)},
              {"ticket_prefix", d.ticket_prefix.empty() ? json(nullptr) : json(d.ticket_prefix)},
              {"last_seen", optional_time(d.last_seen)},
              {"version", d.app_version},
              {"outbox_depth", d.outbox_depth},
              {"oldest_undelivered_seconds",
               optional_json(d.oldest_undelivered_seconds, [](int s) { return s; })},
              {"held_items", d.held_items}};
}

json appointment_json(const AppointmentView& view) {
  const Appointment& a = view.appointment;
  return json{{"id", a.id},
              {"first_name", a.first_name},
              {"last_name", a.last_name},
              {"birth_date", format_date(a.birth_date)},
              {"start", format_timestamp(a.start)},
              {"practitioner", a.practitioner},
              {"service", a.service},
              {"ticket", optional_text(view.ticket)}};
}

json lookup_json(const LookupMatch& match) {
  return json{{"appointment_id", match.appointment_id},
              {"greeting_name", match.greeting_name},
              {"start", format_timestamp(match.start)},
              {"practitioner", match.practitioner}};
}

}  // namespace stillpoint::server::http
