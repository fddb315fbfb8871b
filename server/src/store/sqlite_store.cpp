#include "store/sqlite_store.h"

#include <stdexcept>

#include "store/schema.h"
#include "store/sqlite_codec.h"

namespace stillpoint::server {

using namespace sqlite_codec;

SqliteStore::SqliteStore(const std::string& path) : db_(path) {
  configure();
  migrate();
}

int SqliteStore::schema_version() {
  return static_cast<int>(sqlite_migrations().size());
}

void SqliteStore::configure() {
  // A request thread waiting on the CLI (or a checkpoint) waits this long before failing.
  db_.exec("PRAGMA busy_timeout = 5000");
  db_.exec("PRAGMA journal_mode = WAL");
  db_.exec("PRAGMA synchronous = FULL");
  db_.exec("PRAGMA foreign_keys = ON");
  db_.exec("PRAGMA secure_delete = ON");
}

void SqliteStore::migrate() {
  auto& read_version = db_.prepare("PRAGMA user_version");
  read_version.step();
  const auto version = read_version.int64(0);
  read_version.reset();
  const auto migrations = sqlite_migrations();
  if (version > static_cast<std::int64_t>(migrations.size()))
    throw std::runtime_error("the database was written by a newer Stillpoint (schema version " +
                             std::to_string(version) + ")");
  for (auto i = static_cast<std::size_t>(version); i < migrations.size(); ++i) {
    in_transaction([&] {
      db_.exec(migrations[i]);
      // PRAGMA takes no bound parameters; the value is our own integer, not input.
      const std::string set_version = "PRAGMA user_version = " + std::to_string(i + 1);
      db_.exec(set_version.c_str());
    });
  }
}

void SqliteStore::in_transaction(const std::function<void()>& work) {
  if (transaction_depth_ > 0) {  // join the outer transaction
    work();
    return;
  }
  db_.exec("BEGIN IMMEDIATE");
  transaction_depth_ = 1;
  try {
    work();
    db_.exec("COMMIT");
    transaction_depth_ = 0;
  } catch (...) {
    transaction_depth_ = 0;
    try {
      db_.exec("ROLLBACK");
    } catch (const SqliteError&) {
      // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing left to undo.
    }
    throw;
  }
}

QueueState SqliteStore::queue_state() {
  auto& q = db_.prepare("SELECT version, updated_at FROM queue_state WHERE id = 1");
  QueueState state;
  if (q.step()) state = {q.int64(0), time_at(q.int64(1))};
  q.reset();
  return state;
}

void SqliteStore::save_queue_state(const QueueState& state) {
  db_.prepare("UPDATE queue_state SET version = ?1, updated_at = ?2 WHERE id = 1")
      .bind(1, state.version)
      .bind(2, millis(state.updated_at))
      .run();
}

std::map<std::string, double> SqliteStore::session_means() {
  auto& q = db_.prepare("SELECT service, minutes FROM session_means");
  std::map<std::string, double> out;
  while (q.step()) out[q.text(0)] = q.real(1);
  return out;
}

void SqliteStore::save_session_means(const std::map<std::string, double>& means) {
  for (const auto& [service, minutes] : means) {
    db_.prepare(
           "INSERT INTO session_means (service, minutes) VALUES (?1, ?2) "
           "ON CONFLICT (service) DO UPDATE SET minutes = excluded.minutes")
        .bind(1, service)
        .bind(2, minutes)
        .run();
  }
}

std::string SqliteStore::integrity_check() {
  auto& q = db_.prepare("PRAGMA integrity_check");
  std::string out;
  while (q.step()) {
    if (!out.empty()) out += "\n";
    out += q.text(0);
  }
  if (out.empty()) return "integrity_check returned nothing";
  if (out != "ok") return out;
  auto& fk = db_.prepare("PRAGMA foreign_key_check");
  int broken = 0;
  while (fk.step()) ++broken;
  if (broken > 0) return std::to_string(broken) + " rows break foreign keys";
  return "ok";
}

}  // namespace stillpoint::server
