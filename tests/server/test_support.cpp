#include "test_support.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "stillpoint/core/uuid.h"
#include "store/sqlite_store.h"

namespace stillpoint::server::testing {

namespace fs = std::filesystem;

TimePoint local_time(const char* text) {
  const auto t = parse_timestamp(text);
  REQUIRE(t.has_value());
  return *t;
}

Date date(const char* text) {
  const auto d = parse_date(text);
  REQUIRE(d.has_value());
  return *d;
}

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string database_bytes(const fs::path& db_path) {
  return read_bytes(db_path) + read_bytes(db_path.string() + "-wal");
}

ClinicFixture::ClinicFixture() : clock(local_time("2026-03-10T10:00")) {
  open();
  kiosk = add_kiosk("Front kiosk", "A");
}

ClinicFixture::~ClinicFixture() {
  clinic.reset();
}

void ClinicFixture::open() {
  clinic =
      std::make_unique<Clinic>(std::make_unique<SqliteStore>(db_path().string()), config, clock);
}

void ClinicFixture::reopen() {
  clinic.reset();
  open();
}

Device ClinicFixture::add_kiosk(const std::string& name, const std::string& prefix) {
  const std::string token = clinic->add_device(name, DeviceRole::kiosk, prefix);
  auto device = clinic->authenticate_device(token);
  REQUIRE(device.has_value());
  return *device;
}

Appointment ClinicFixture::add_appointment(const std::string& first, const std::string& last,
                                           const char* birth, TimePoint start,
                                           const std::string& service) {
  Appointment a{"", first, last, date(birth), start, "Dr. Lee", service};
  a.id = clinic->add_appointment(a);
  return a;
}

std::string fingerprint_of(const CheckinRequest& r) {
  nlohmann::json j = {{"id", r.id},
                      {"ticket", r.ticket},
                      {"kind", to_string(r.kind)},
                      {"language", r.language},
                      {"created_at", format_timestamp(r.created_at)},
                      {"urgent", r.urgent}};
  if (r.appointment_id) j["appointment_id"] = *r.appointment_id;
  if (r.service) j["service"] = *r.service;
  if (r.claim) j["claim"] = format_date(r.claim->birth_date) + r.claim->first_initial.value_or("");
  if (r.urgent_reason) j["urgent_reason"] = to_string(*r.urgent_reason);
  if (r.response) j["response"] = *r.response;
  return j.dump();
}

CheckinRequest ClinicFixture::walk_in(const std::string& ticket, const std::string& service) const {
  CheckinRequest r;
  r.id = make_uuid_v4();
  r.ticket = ticket;
  r.kind = VisitKind::walk_in;
  r.service = service;
  r.language = "en";
  r.created_at = clock.now();
  r.fingerprint = fingerprint_of(r);
  return r;
}

CheckinRequest ClinicFixture::for_appointment(const std::string& ticket,
                                              const std::string& appointment_id) const {
  CheckinRequest r = walk_in(ticket);
  r.kind = VisitKind::appointment;
  r.service.reset();
  r.appointment_id = appointment_id;
  r.fingerprint = fingerprint_of(r);
  return r;
}

nlohmann::json ClinicFixture::check_in_ok(const CheckinRequest& request) {
  const auto result = clinic->check_in(kiosk, request);
  REQUIRE(result.outcome == CheckinOutcome::created);
  return result.body;
}

std::vector<std::string> waiting_tickets(const QueueSnapshot& snapshot) {
  std::vector<std::string> out;
  for (const auto& w : snapshot.waiting) out.push_back(w.ticket);
  return out;
}

Visit visit_with_ticket(const std::vector<Visit>& visits, const std::string& ticket) {
  for (const auto& v : visits)
    if (v.ticket == ticket) return v;
  FAIL("no visit with ticket " << ticket);
  throw std::logic_error("unreachable");
}

}  // namespace stillpoint::server::testing
