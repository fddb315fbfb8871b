#pragma once
// The Store on one SQLite file: WAL journal with synchronous=FULL (a commit survives a power
// cut), writes in BEGIN IMMEDIATE (no upgrade deadlocks), a busy timeout for the CLI writing
// beside a running server, secure_delete so purged answers are overwritten rather than left in
// free pages, foreign keys on, and the schema migrated on open.
#include <memory>
#include <string>

#include "store/sqlite_db.h"
#include "store/store.h"

namespace stillpoint::server {

class SqliteStore final : public Store {
public:
  // Opens or creates the database at `path` and migrates it. Throws SqliteError, or
  // std::runtime_error for a database written by a newer Stillpoint.
  explicit SqliteStore(const std::string& path);

  // The schema version this build writes (PRAGMA user_version after migration).
  static int schema_version();

  void in_transaction(const std::function<void()>& work) override;

  std::int64_t insert_device(const DeviceRecord& record) override;
  bool device_name_taken(const std::string& name) override;
  bool kiosk_prefix_taken(const std::string& prefix) override;
  std::optional<Device> find_device_by_token_hash(const std::string& token_hash) override;
  void update_heartbeat(std::int64_t device_id, const Heartbeat& beat, TimePoint at) override;
  std::vector<Device> list_devices() override;

  void upsert_staff(const std::string& user, const PasswordHash& hash) override;
  std::optional<PasswordHash> find_staff(const std::string& user) override;
  void insert_session(const std::string& token_hash, const StaffSessionRecord& s) override;
  std::optional<StaffSessionRecord> find_session(const std::string& token_hash) override;
  void update_session_expiry(const std::string& token_hash, TimePoint expires_at) override;
  void delete_session(const std::string& token_hash) override;
  void delete_sessions_of(const std::string& user) override;
  void delete_sessions_expired_by(TimePoint now) override;

  void insert_appointment(const Appointment& appointment) override;
  std::optional<Appointment> find_appointment(const std::string& id) override;
  std::vector<Appointment> appointments_starting(TimePoint from, TimePoint to) override;
  std::vector<Appointment> appointments_for_birth_date(Date birth_date, TimePoint from,
                                                       TimePoint to) override;

  std::optional<VisitRecord> find_visit(const std::string& id) override;
  std::optional<VisitRecord> find_visit_by_ticket(Date day, const std::string& ticket) override;
  void insert_visit(const VisitRecord& visit) override;
  void update_visit(const VisitRecord& visit) override;
  std::vector<VisitRecord> visits_on(Date day) override;
  std::vector<VisitRecord> visit_summaries_on(Date day) override;
  int purge_answers_before(TimePoint cutoff) override;

  QueueState queue_state() override;
  void save_queue_state(const QueueState& state) override;
  std::map<std::string, double> session_means() override;
  void save_session_means(const std::map<std::string, double>& means) override;

  std::string integrity_check() override;

private:
  void configure();
  void migrate();
  std::vector<VisitRecord> read_day(const std::string& sql, Date day);

  SqliteDb db_;
  int transaction_depth_ = 0;
};

}  // namespace stillpoint::server
