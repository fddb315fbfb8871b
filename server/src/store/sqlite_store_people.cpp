// SqliteStore: devices, staff accounts and staff console sessions.
#include "store/sqlite_codec.h"
#include "store/sqlite_store.h"

namespace stillpoint::server {

using namespace sqlite_codec;

namespace {

constexpr const char* kDeviceColumns =
    "SELECT id, name, role, ticket_prefix, last_seen, app_version, outbox_depth, "
    "oldest_undelivered_seconds, held_items FROM devices ";

Device read_device(const Statement& q) {
  Device d;
  d.id = q.int64(0);
  d.name = q.text(1);
  d.role = parse_device_role(q.text(2)).value_or(DeviceRole::display);
  d.ticket_prefix = q.optional_text(3).value_or("");
  d.last_seen = time_at(q.optional_int64(4));
  d.app_version = q.text(5);
  d.outbox_depth = static_cast<int>(q.int64(6));
  if (auto v = q.optional_int64(7)) d.oldest_undelivered_seconds = static_cast<int>(*v);
  d.held_items = static_cast<int>(q.int64(8));
  return d;
}

// Runs an existence query with one text parameter.
bool exists(SqliteDb& db, const char* sql, const std::string& value) {
  auto& q = db.prepare(sql);
  q.bind(1, value);
  const bool found = q.step();
  q.reset();
  return found;
}

}  // namespace

std::int64_t SqliteStore::insert_device(const DeviceRecord& r) {
  std::optional<std::string> prefix;
  if (!r.device.ticket_prefix.empty()) prefix = r.device.ticket_prefix;
  db_.prepare("INSERT INTO devices (name, role, ticket_prefix, token_hash) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, r.device.name)
      .bind(2, to_string(r.device.role))
      .bind(3, prefix)
      .bind(4, r.token_hash)
      .run();
  return db_.last_insert_rowid();
}

bool SqliteStore::device_name_taken(const std::string& name) {
  return exists(db_, "SELECT 1 FROM devices WHERE name = ?1", name);
}

bool SqliteStore::kiosk_prefix_taken(const std::string& prefix) {
  return exists(db_, "SELECT 1 FROM devices WHERE ticket_prefix = ?1", prefix);
}

std::optional<Device> SqliteStore::find_device_by_token_hash(const std::string& token_hash) {
  static const std::string sql = std::string(kDeviceColumns) + "WHERE token_hash = ?1";
  auto& q = db_.prepare(sql.c_str());
  q.bind(1, token_hash);
  std::optional<Device> out;
  if (q.step()) out = read_device(q);
  q.reset();
  return out;
}

void SqliteStore::update_heartbeat(std::int64_t device_id, const Heartbeat& beat, TimePoint at) {
  std::optional<std::int64_t> oldest;
  if (beat.oldest_undelivered_seconds) oldest = *beat.oldest_undelivered_seconds;
  db_.prepare(
         "UPDATE devices SET last_seen = ?2, app_version = ?3, outbox_depth = ?4, "
         "oldest_undelivered_seconds = ?5, held_items = ?6 WHERE id = ?1")
      .bind(1, device_id)
      .bind(2, millis(at))
      .bind(3, beat.app_version)
      .bind(4, beat.outbox_depth)
      .bind(5, oldest)
      .bind(6, beat.held_items)
      .run();
}

std::vector<Device> SqliteStore::list_devices() {
  static const std::string sql = std::string(kDeviceColumns) + "ORDER BY name";
  auto& q = db_.prepare(sql.c_str());
  std::vector<Device> out;
  while (q.step()) out.push_back(read_device(q));
  return out;
}

void SqliteStore::upsert_staff(const std::string& user, const PasswordHash& hash) {
  db_.prepare(
         "INSERT INTO staff (name, iterations, salt, hash) VALUES (?1, ?2, ?3, ?4) "
         "ON CONFLICT (name) DO UPDATE SET iterations = excluded.iterations, "
         "salt = excluded.salt, hash = excluded.hash")
      .bind(1, user)
      .bind(2, hash.iterations)
      .bind_blob(3, hash.salt)
      .bind_blob(4, hash.hash)
      .run();
}

std::optional<PasswordHash> SqliteStore::find_staff(const std::string& user) {
  auto& q = db_.prepare("SELECT iterations, salt, hash FROM staff WHERE name = ?1");
  q.bind(1, user);
  std::optional<PasswordHash> out;
  if (q.step()) out = PasswordHash{static_cast<int>(q.int64(0)), q.blob(1), q.blob(2)};
  q.reset();
  return out;
}

void SqliteStore::insert_session(const std::string& token_hash, const StaffSessionRecord& s) {
  db_.prepare("INSERT INTO staff_sessions (token_hash, staff_name, expires_at) VALUES (?1, ?2, ?3)")
      .bind(1, token_hash)
      .bind(2, s.user)
      .bind(3, millis(s.expires_at))
      .run();
}

std::optional<StaffSessionRecord> SqliteStore::find_session(const std::string& token_hash) {
  auto& q = db_.prepare("SELECT staff_name, expires_at FROM staff_sessions WHERE token_hash = ?1");
  q.bind(1, token_hash);
  std::optional<StaffSessionRecord> out;
  if (q.step()) out = StaffSessionRecord{q.text(0), time_at(q.int64(1))};
  q.reset();
  return out;
}

void SqliteStore::update_session_expiry(const std::string& token_hash, TimePoint expires_at) {
  db_.prepare("UPDATE staff_sessions SET expires_at = ?2 WHERE token_hash = ?1")
      .bind(1, token_hash)
      .bind(2, millis(expires_at))
      .run();
}

void SqliteStore::delete_session(const std::string& token_hash) {
  db_.prepare("DELETE FROM staff_sessions WHERE token_hash = ?1").bind(1, token_hash).run();
}

void SqliteStore::delete_sessions_of(const std::string& user) {
  db_.prepare("DELETE FROM staff_sessions WHERE staff_name = ?1").bind(1, user).run();
}

void SqliteStore::delete_sessions_expired_by(TimePoint now) {
  db_.prepare("DELETE FROM staff_sessions WHERE expires_at <= ?1").bind(1, millis(now)).run();
}

}  // namespace stillpoint::server
