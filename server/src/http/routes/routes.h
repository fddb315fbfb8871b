#pragma once
// Each resource's routes, one file each; route_table.cpp gathers them into the table.
#include <vector>

#include "http/route_table.h"

namespace stillpoint::server::http {

void add_health_routes(std::vector<RouteSpec>& routes);       // /healthz
void add_appointment_routes(std::vector<RouteSpec>& routes);  // /api/v1/appointments...
void add_checkin_routes(std::vector<RouteSpec>& routes);      // /api/v1/checkins
void add_queue_routes(std::vector<RouteSpec>& routes);        // /api/v1/queue (long-poll)
void add_ticket_routes(std::vector<RouteSpec>& routes);       // /api/v1/tickets/{ticket}/...
void add_room_routes(std::vector<RouteSpec>& routes);         // /api/v1/rooms
void add_device_routes(std::vector<RouteSpec>& routes);       // heartbeat, devices
void add_asset_routes(std::vector<RouteSpec>& routes);        // forms, playlist
void add_session_routes(std::vector<RouteSpec>& routes);      // the console's sign-in
void add_console_routes(std::vector<RouteSpec>& routes);      // the console's static files

}  // namespace stillpoint::server::http
