#pragma once
// Shared fixtures for the server tests: a temporary folder, a Clinic on a fresh SQLite file with
// a manual clock, and builders for check-ins and appointments.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "clinic/clinic.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/clock.h"
#include "temp_dir.h"

namespace stillpoint::server::testing {

using ::stillpoint::testing::TempDir;

// A local wall time such as "2026-03-10T10:00"; fails the test when malformed.
TimePoint local_time(const char* text);
// A date such as "1990-04-01"; fails the test when malformed.
Date date(const char* text);

// The whole content of a file ("" when missing).
std::string read_bytes(const std::filesystem::path& path);
// The database file and its write-ahead log, concatenated: everything SQLite wrote to disk.
std::string database_bytes(const std::filesystem::path& db_path);

// A Clinic on a database in a temp folder, at 10:00 local time on 2026-03-10, with one kiosk
// (prefix "A"). reopen() closes and reopens the database like a restart.
struct ClinicFixture {
  ClinicFixture();
  ~ClinicFixture();

  void open();
  void reopen();
  std::filesystem::path db_path() const { return dir.path() / "clinic.db"; }

  // Registers a kiosk and returns it as the HTTP layer would see it after authentication.
  Device add_kiosk(const std::string& name, const std::string& prefix);
  // Stores an appointment and returns it with its id.
  Appointment add_appointment(const std::string& first, const std::string& last, const char* birth,
                              TimePoint start, const std::string& service = "rehab");

  // A walk-in check-in made now at `kiosk` (a fresh id; fingerprint computed from the fields).
  CheckinRequest walk_in(const std::string& ticket, const std::string& service = "massage") const;
  // An appointment check-in for `appointment_id`.
  CheckinRequest for_appointment(const std::string& ticket,
                                 const std::string& appointment_id) const;
  // Checks in with the default kiosk, failing the test unless it was created.
  nlohmann::json check_in_ok(const CheckinRequest& request);

  TempDir dir;
  ManualTimeSource clock;
  ServerConfig config;
  std::unique_ptr<Clinic> clinic;
  Device kiosk;
};

// What a real client would send as a fingerprint: the request's fields in a fixed order.
std::string fingerprint_of(const CheckinRequest& request);

// The waiting tickets of a snapshot, in order.
std::vector<std::string> waiting_tickets(const QueueSnapshot& snapshot);

// The ticket of a visit in `visits`, failing the test when absent.
Visit visit_with_ticket(const std::vector<Visit>& visits, const std::string& ticket);

}  // namespace stillpoint::server::testing
