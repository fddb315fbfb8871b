#pragma once
// Where the clinic keeps its data. Clinic talks only to this interface, so a PostgreSQL backend
// for clinic chains can sit beside SqliteStore. Each method is one statement's worth of work;
// Clinic groups several into one atomic unit with in_transaction.
//
// Not thread-safe: Clinic serialises every call behind its own mutex.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/records.h"

namespace stillpoint::server {

class Store {
public:
  virtual ~Store() = default;

  // Runs `work` as one write transaction: all of it is committed durably, or, when it throws,
  // none of it (the exception propagates). Nested calls join the outer transaction.
  virtual void in_transaction(const std::function<void()>& work) = 0;

  // Devices.
  virtual std::int64_t insert_device(const DeviceRecord& record) = 0;
  virtual bool device_name_taken(const std::string& name) = 0;
  virtual bool kiosk_prefix_taken(const std::string& prefix) = 0;
  virtual std::optional<Device> find_device_by_token_hash(const std::string& token_hash) = 0;
  virtual void update_heartbeat(std::int64_t device_id, const Heartbeat& beat, TimePoint at) = 0;
  virtual std::vector<Device> list_devices() = 0;

  // Staff accounts (created or, for an existing user, given a new password) and sessions.
  virtual void upsert_staff(const std::string& user, const PasswordHash& hash) = 0;
  virtual std::optional<PasswordHash> find_staff(const std::string& user) = 0;
  virtual void insert_session(const std::string& token_hash, const StaffSessionRecord& s) = 0;
  virtual std::optional<StaffSessionRecord> find_session(const std::string& token_hash) = 0;
  virtual void update_session_expiry(const std::string& token_hash, TimePoint expires_at) = 0;
  virtual void delete_session(const std::string& token_hash) = 0;
  virtual void delete_sessions_of(const std::string& user) = 0;
  virtual void delete_sessions_expired_by(TimePoint now) = 0;

  // Appointments.
  virtual void insert_appointment(const Appointment& appointment) = 0;
  virtual std::optional<Appointment> find_appointment(const std::string& id) = 0;
  // Appointments starting in [from, to), by start.
  virtual std::vector<Appointment> appointments_starting(TimePoint from, TimePoint to) = 0;
  // Appointments of people born on `birth_date` starting in [from, to], both ends included.
  virtual std::vector<Appointment> appointments_for_birth_date(Date birth_date, TimePoint from,
                                                               TimePoint to) = 0;

  // Visits.
  virtual std::optional<VisitRecord> find_visit(const std::string& id) = 0;
  virtual std::optional<VisitRecord> find_visit_by_ticket(Date day, const std::string& ticket) = 0;
  virtual void insert_visit(const VisitRecord& visit) = 0;
  // Saves the mutable part of a visit: state, times, room, urgency, service, result body, and
  // the claim and its match.
  virtual void update_visit(const VisitRecord& visit) = 0;
  // Visits of local day `day`, by arrival.
  virtual std::vector<VisitRecord> visits_on(Date day) = 0;
  // The same visits without intake answers, fingerprints or stored replies (those fields are
  // empty): all that queue order, positions and rooms need.
  virtual std::vector<VisitRecord> visit_summaries_on(Date day) = 0;
  // Forgets intake answers, offline claims and request fingerprints (a digest of the answers)
  // of visits that arrived before `cutoff`; returns how many visits lost something.
  virtual int purge_answers_before(TimePoint cutoff) = 0;

  // Queue clock and learned session lengths.
  virtual QueueState queue_state() = 0;
  virtual void save_queue_state(const QueueState& state) = 0;
  virtual std::map<std::string, double> session_means() = 0;
  virtual void save_session_means(const std::map<std::string, double>& means) = 0;

  // Maintenance: "ok" or the problems found.
  virtual std::string integrity_check() = 0;
};

}  // namespace stillpoint::server
