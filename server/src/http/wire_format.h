#pragma once
// How the clinic's values look on the wire. The lobby's queue payload is deliberately the
// narrowest: tickets, rooms, positions and times, nothing that could name a person.
#include <nlohmann/json.hpp>

#include "clinic/clinic.h"

namespace stillpoint::server::http {

// {"version","now_serving":[{"ticket","room","since"}],"waiting":[{"ticket","position"}],
//  "wait_minutes":[lo,hi]|null,"updated_at"} and nothing else.
nlohmann::json queue_json(const QueueSnapshot& snapshot);
// A visit as the front desk sees it, with its intake response.
nlohmann::json visit_json(const Visit& visit);
// {"name","ticket"|null,"state":"called"|"in_session"|null,"since"|null}.
nlohmann::json room_json(const RoomView& room);
// A device with its last heartbeat (never its token).
nlohmann::json device_json(const Device& device);
// An appointment with whether its person has arrived.
nlohmann::json appointment_json(const AppointmentView& view);
// {"appointment_id","greeting_name","start","practitioner"}.
nlohmann::json lookup_json(const LookupMatch& match);

}  // namespace stillpoint::server::http
