#include "stillpoint/sync/outbox.h"

#include <stdexcept>

#include "sqlite_db.h"
#include "stillpoint/core/ticket.h"
#include "stillpoint/core/uuid.h"

namespace stillpoint::sync {
namespace {

constexpr int kMaxTicketNumber = 999;

// Version 1 of the file. The counter row and every outbox row change in the same transaction.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS ticket_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  day TEXT NOT NULL,
  last_number INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  ticket TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS held (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  ticket TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  held_at INTEGER NOT NULL,
  http_status INTEGER NOT NULL,
  error_code TEXT NOT NULL);
PRAGMA user_version = 1;
)sql";

std::int64_t to_unix(TimePoint at) {
  return std::chrono::duration_cast<Seconds>(at.time_since_epoch()).count();
}
TimePoint from_unix(std::int64_t seconds) { return TimePoint(Seconds(seconds)); }

void validate(const CheckinDraft& draft) {
  const bool matched = draft.appointment_id.has_value();
  const bool claimed = draft.claim.has_value();
  if (draft.kind == VisitKind::walk_in && (matched || claimed))
    throw std::invalid_argument("a walk-in carries no appointment or claim");
  if (draft.kind == VisitKind::appointment && matched == claimed)
    throw std::invalid_argument("an appointment check-in needs exactly one of id or claim");
  if (claimed && draft.claim->first_initial) {
    const auto& initial = *draft.claim->first_initial;
    if (initial.size() != 1 || initial[0] < 'A' || initial[0] > 'Z')
      throw std::invalid_argument("first_initial must be one capital letter");
  }
  if (draft.language.empty()) throw std::invalid_argument("language is required");
}

void open_pragmas(detail::Database& db) {
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=FULL");
  db.exec("PRAGMA secure_delete=ON");
  db.exec("PRAGMA foreign_keys=ON");
}

}  // namespace

nlohmann::json checkin_body(const CheckinDraft& draft, const IssuedCheckin& issued) {
  nlohmann::json body = {{"id", issued.id},
                         {"ticket", issued.ticket},
                         {"kind", std::string(to_string(draft.kind))},
                         {"language", draft.language},
                         {"created_at", format_timestamp(issued.created_at)}};
  if (draft.appointment_id) body["appointment_id"] = *draft.appointment_id;
  if (draft.claim) {
    nlohmann::json claim = {{"birth_date", format_date(draft.claim->birth_date)}};
    if (draft.claim->first_initial) claim["first_initial"] = *draft.claim->first_initial;
    body["claim"] = claim;
  }
  if (draft.service) body["service"] = *draft.service;
  if (draft.urgent) body["urgent"] = true;
  if (draft.response) body["response"] = *draft.response;
  return body;
}

Outbox::Outbox(const std::filesystem::path& path, std::string ticket_prefix,
               const TimeSource& clock)
    : db_(std::make_unique<detail::Database>(path)), prefix_(std::move(ticket_prefix)),
      clock_(clock) {
  if (!is_valid_ticket_prefix(prefix_)) throw std::invalid_argument("bad ticket prefix");
  open_pragmas(*db_);
  db_->exec(kSchema);
  std::lock_guard lock(db_mutex_);
  refresh_stats_locked();
}

Outbox::~Outbox() = default;

std::string Outbox::next_ticket_locked(TimePoint now) {
  const std::string today = format_date(local_date(now));
  auto read = db_->prepare("SELECT day, last_number FROM ticket_counter WHERE id = 1");
  std::int64_t number = 1;
  if (read.step() && read.column_text(0) == today) number = read.column_int(1) + 1;
  if (number > kMaxTicketNumber) throw std::runtime_error("the day's ticket numbers are used up");
  db_->prepare(
         "INSERT INTO ticket_counter (id, day, last_number) VALUES (1, ?1, ?2) "
         "ON CONFLICT (id) DO UPDATE SET day = excluded.day, last_number = excluded.last_number")
      .bind(1, today)
      .bind(2, number)
      .run();
  return format_ticket(TicketCode{prefix_, static_cast<int>(number)});
}

IssuedCheckin Outbox::enqueue_checkin(const CheckinDraft& draft) {
  validate(draft);
  IssuedCheckin issued;
  issued.id = make_uuid_v4();
  issued.created_at = std::chrono::time_point_cast<Seconds>(clock_.now());
  {
    std::lock_guard lock(db_mutex_);
    detail::Transaction tx(*db_);
    issued.ticket = next_ticket_locked(issued.created_at);
    const std::string body = checkin_body(draft, issued).dump();
    db_->prepare("INSERT INTO outbox (id, ticket, body, created_at) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, issued.id)
        .bind(2, issued.ticket)
        .bind(3, body)
        .bind(4, to_unix(issued.created_at))
        .run();
    tx.commit();
    refresh_stats_locked();
  }
  if (on_enqueued_) on_enqueued_();
  return issued;
}

std::optional<PendingCheckin> Outbox::oldest() {
  std::lock_guard lock(db_mutex_);
  auto stmt = db_->prepare(
      "SELECT seq, id, ticket, body, created_at FROM outbox ORDER BY seq LIMIT 1");
  if (!stmt.step()) return std::nullopt;
  return PendingCheckin{stmt.column_int(0), stmt.column_text(1), stmt.column_text(2),
                        stmt.column_text(3), from_unix(stmt.column_int(4))};
}

void Outbox::mark_delivered(const std::string& id) {
  std::lock_guard lock(db_mutex_);
  db_->prepare("DELETE FROM outbox WHERE id = ?1").bind(1, id).run();
  refresh_stats_locked();
}

void Outbox::hold(const std::string& id, int http_status, const std::string& error_code) {
  std::lock_guard lock(db_mutex_);
  detail::Transaction tx(*db_);
  db_->prepare(
         "INSERT INTO held (seq, id, ticket, body, created_at, held_at, http_status, error_code) "
         "SELECT seq, id, ticket, body, created_at, ?2, ?3, ?4 FROM outbox WHERE id = ?1")
      .bind(1, id)
      .bind(2, to_unix(clock_.now()))
      .bind(3, std::int64_t{http_status})
      .bind(4, error_code)
      .run();
  db_->prepare("DELETE FROM outbox WHERE id = ?1").bind(1, id).run();
  tx.commit();
  refresh_stats_locked();
}

std::vector<HeldItem> Outbox::held_items() {
  std::lock_guard lock(db_mutex_);
  auto stmt = db_->prepare(
      "SELECT id, ticket, created_at, held_at, http_status, error_code, body FROM held "
      "ORDER BY seq");
  std::vector<HeldItem> items;
  while (stmt.step())
    items.push_back(HeldItem{stmt.column_text(0), stmt.column_text(1),
                             from_unix(stmt.column_int(2)), from_unix(stmt.column_int(3)),
                             static_cast<int>(stmt.column_int(4)), stmt.column_text(5),
                             stmt.column_text(6)});
  return items;
}

bool Outbox::discard_held(const std::string& id) {
  std::lock_guard lock(db_mutex_);
  auto stmt = db_->prepare("DELETE FROM held WHERE id = ?1 RETURNING id");
  stmt.bind(1, id);
  const bool found = stmt.step();
  stmt.run();
  refresh_stats_locked();
  return found;
}

void Outbox::refresh_stats_locked() {
  auto stmt = db_->prepare(
      "SELECT (SELECT count(*) FROM outbox), "
      "(SELECT created_at FROM outbox ORDER BY seq LIMIT 1), "  // first in line, O(log n)
      "(SELECT count(*) FROM held)");
  stmt.step();
  OutboxStats fresh;
  fresh.depth = static_cast<int>(stmt.column_int(0));
  if (!stmt.column_is_null(1)) fresh.oldest_created_at = from_unix(stmt.column_int(1));
  fresh.held = static_cast<int>(stmt.column_int(2));
  std::lock_guard lock(stats_mutex_);
  stats_ = fresh;
}

OutboxStats Outbox::stats() const {
  std::lock_guard lock(stats_mutex_);
  return stats_;
}

void Outbox::set_on_enqueued(std::function<void()> callback) {
  std::lock_guard lock(db_mutex_);
  on_enqueued_ = std::move(callback);
}

std::string Outbox::integrity_check() {
  std::lock_guard lock(db_mutex_);
  return db_->scalar_text("PRAGMA integrity_check");
}

}  // namespace stillpoint::sync
