// Appointments: the front desk adds, imports (CSV) and lists them; a kiosk looks one up by birth date (rate
// limited per device, so a kiosk cannot be used to enumerate who is booked).
#include <stdexcept>
#include <string>

#include "clinic/appointment_csv.h"
#include "http/api_context.h"
#include "http/auth.h"
#include "http/errors.h"
#include "http/json_io.h"
#include "http/parsers/parsers.h"
#include "http/routes/routes.h"
#include "http/wire_format.h"

namespace stillpoint::server::http {

namespace {

void post_appointment(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const auto appointment =
      parse_appointment_body(read_json_body(call.req), local_date(ctx.now()));
  std::string id;
  try {
    id = ctx.clinic.add_appointment(appointment);
  } catch (const std::invalid_argument& e) {
    // Clinic's messages name the field and never echo its value (clinic/validation.h).
    throw ApiError(400, "invalid_field", e.what());
  }
  write_json(res, 201, {{"id", id}});
}

// A CSV file's rows, all or none. A refusal names the line and column, never the value found
// there (the file holds names and birth dates), and nothing is written.
void post_import(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const std::string csv = parse_import_body(read_json_body(call.req), ctx.config.max_body_bytes);
  std::vector<Appointment> appointments;
  try {
    appointments = parse_appointment_csv(csv, local_date(ctx.now()));
  } catch (const AppointmentCsvError& e) {
    throw ApiError(400, "invalid_field", e.what(), "csv");
  }
  AppointmentImport imported;
  try {
    imported = ctx.clinic.import_appointments(std::move(appointments));
  } catch (const std::invalid_argument& e) {
    throw ApiError(400, "invalid_field", e.what(), "csv");  // names the field, not the value
  }
  write_json(res, 201, {{"added", imported.added}, {"ids", imported.ids}});
}

void get_appointments(ApiContext& ctx, const Call& call, httplib::Response& res) {
  require_known_params(call.req, {"date"});
  const auto text = text_param(call.req, "date");
  if (!text) throw ApiError(400, "invalid_field", "date is required (YYYY-MM-DD)", "date");
  const auto day = parse_date(*text);
  if (!day) throw ApiError(400, "invalid_field", "date must be a date YYYY-MM-DD", "date");
  nlohmann::json list = nlohmann::json::array();
  for (const auto& view : ctx.clinic.appointments_on(*day)) list.push_back(appointment_json(view));
  write_json(res, 200, {{"appointments", std::move(list)}});
}

void post_lookup(ApiContext& ctx, const Call& call, httplib::Response& res) {
  const auto query = parse_lookup_body(read_json_body(call.req), local_date(ctx.now()));
  const std::string key = std::to_string(call.caller.device->id);
  if (!ctx.lookups.try_acquire(key, ctx.now())) {
    res.set_header("Retry-After", std::to_string(ctx.lookups.retry_after_seconds(key, ctx.now())));
    throw ApiError(429, "rate_limited", "too many lookups from this kiosk; try again shortly");
  }
  const auto result = ctx.clinic.lookup(query);
  switch (result.outcome) {
    case LookupOutcome::found: write_json(res, 200, lookup_json(*result.match)); return;
    case LookupOutcome::none:
      throw ApiError(404, "not_found", "no appointment matches around now");
    case LookupOutcome::several:
      throw ApiError(409, "ambiguous", "several appointments match; add first_initial",
                     "first_initial");
  }
}

}  // namespace

void add_appointment_routes(std::vector<RouteSpec>& routes) {
  routes.push_back({"POST", "/api/v1/appointments", role::staff, Body::json, post_appointment});
  routes.push_back({"GET", "/api/v1/appointments", role::staff, Body::none, get_appointments});
  routes.push_back({"POST", "/api/v1/appointments/import", role::staff, Body::json, post_import});
  routes.push_back({"POST", "/api/v1/appointments/lookup", role::kiosk, Body::json, post_lookup});
}

}  // namespace stillpoint::server::http
