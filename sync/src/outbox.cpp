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
)sql";

// Version 2: rows say what they ask for (a check-in or an urgent follow-up), and delivered
// check-ins leave their id and ticket (nothing personal) so a later "Need help now?" knows them.
constexpr const char* kMigrateTo2 = R"sql(
ALTER TABLE outbox ADD COLUMN kind TEXT NOT NULL DEFAULT 'checkin';
ALTER TABLE outbox ADD COLUMN target TEXT NOT NULL DEFAULT '';
ALTER TABLE held ADD COLUMN kind TEXT NOT NULL DEFAULT 'checkin';
ALTER TABLE held ADD COLUMN target TEXT NOT NULL DEFAULT '';
CREATE TABLE IF NOT EXISTS delivered (
  id TEXT PRIMARY KEY,
  ticket TEXT NOT NULL,
  delivered_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS outbox_target ON outbox (target) WHERE kind = 'urgent';
PRAGMA user_version = 2;
)sql";

// Long enough for any ticket still in someone's hand; ids and tickets only.
constexpr std::int64_t kKeepDeliveredSeconds = 2 * 24 * 3600;

OutboxItemKind kind_of(const std::string& name) {
  return name == "urgent" ? OutboxItemKind::urgent : OutboxItemKind::checkin;
}

// The stored body made urgent by "Need help now?"; nullopt when it already says so. A body
// urgent for another reason (the intake's "as soon as possible") now gives the button as its
// reason: the person has since asked for someone to come to them.
std::optional<std::string> with_urgent(const std::string& body) {
  const std::string help(to_string(UrgentReason::help_button));
  auto json = nlohmann::json::parse(body);
  if (json.value("urgent", false) && json.value("urgent_reason", help) == help) return std::nullopt;
  json["urgent"] = true;
  json["urgent_reason"] = help;
  return json.dump();
}

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
  if (draft.urgent && draft.urgent_reason)
    body["urgent_reason"] = std::string(to_string(*draft.urgent_reason));
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
  migrate();
  std::lock_guard lock(db_mutex_);
  opened_at_seq_ = db_->scalar_int("SELECT coalesce(max(seq), 0) FROM outbox");
  db_->prepare("DELETE FROM delivered WHERE delivered_at < ?1")
      .bind(1, to_unix(clock_.now()) - kKeepDeliveredSeconds)
      .run();
  refresh_stats_locked();
}

void Outbox::migrate() {
  if (db_->scalar_int("PRAGMA user_version") >= 2) return;
  detail::Transaction tx(*db_);
  db_->exec(kMigrateTo2);
  tx.commit();
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
  return oldest_locked();
}

std::optional<PendingCheckin> Outbox::oldest_locked() {
  auto stmt = db_->prepare(
      "SELECT seq, id, ticket, body, created_at, kind, target FROM outbox ORDER BY seq LIMIT 1");
  if (!stmt.step()) return std::nullopt;
  return PendingCheckin{stmt.column_int(0),          stmt.column_text(1),
                        stmt.column_text(2),         stmt.column_text(3),
                        from_unix(stmt.column_int(4)), kind_of(stmt.column_text(5)),
                        stmt.column_text(6)};
}

std::optional<PendingCheckin> Outbox::next_to_send() {
  // Read and recorded under the lock mark_urgent takes: a row's bytes are either changed
  // before they are read here or never again.
  std::lock_guard lock(db_mutex_);
  auto next = oldest_locked();
  if (next) sent_.insert(next->id);
  return next;
}

bool Outbox::may_have_been_sent_locked(std::int64_t seq, const std::string& id) const {
  return seq <= opened_at_seq_ || sent_.count(id) > 0;
}

void Outbox::mark_delivered(const std::string& id) {
  std::lock_guard lock(db_mutex_);
  detail::Transaction tx(*db_);
  db_->prepare(
         "INSERT OR REPLACE INTO delivered (id, ticket, delivered_at) "
         "SELECT id, ticket, ?2 FROM outbox WHERE id = ?1 AND kind = 'checkin'")
      .bind(1, id)
      .bind(2, to_unix(clock_.now()))
      .run();
  db_->prepare("DELETE FROM outbox WHERE id = ?1").bind(1, id).run();
  tx.commit();
  sent_.erase(id);
  refresh_stats_locked();
}

UrgentMark Outbox::mark_urgent(const std::string& checkin_id) {
  UrgentMark result = UrgentMark::follow_up_queued;
  {
    std::lock_guard lock(db_mutex_);
    detail::Transaction tx(*db_);
    std::string ticket;
    bool sent_already = true;
    auto pending = db_->prepare(
        "SELECT seq, body, ticket FROM outbox WHERE id = ?1 AND kind = 'checkin'");
    pending.bind(1, checkin_id);
    auto held = db_->prepare("SELECT body, ticket FROM held WHERE id = ?1 AND kind = 'checkin'");
    held.bind(1, checkin_id);
    if (pending.step()) {
      ticket = pending.column_text(2);
      const auto body = with_urgent(pending.column_text(1));
      if (!body) return UrgentMark::already_urgent;
      if (!may_have_been_sent_locked(pending.column_int(0), checkin_id)) {
        db_->prepare("UPDATE outbox SET body = ?2 WHERE id = ?1").bind(1, checkin_id).bind(2, *body).run();
        sent_already = false;
      }
    } else if (held.step()) {
      // Refused by the server, so not stored under these bytes: staff retry it urgent.
      const auto body = with_urgent(held.column_text(0));
      if (!body) return UrgentMark::already_urgent;
      db_->prepare("UPDATE held SET body = ?2 WHERE id = ?1").bind(1, checkin_id).bind(2, *body).run();
      sent_already = false;
    } else {
      auto known = db_->prepare("SELECT ticket FROM delivered WHERE id = ?1");
      known.bind(1, checkin_id);
      if (known.step()) ticket = known.column_text(0);
    }
    if (sent_already) {
      auto queued = db_->prepare(
          "SELECT 1 FROM outbox WHERE kind = 'urgent' AND target = ?1 "
          "UNION ALL SELECT 1 FROM held WHERE kind = 'urgent' AND target = ?1");
      queued.bind(1, checkin_id);
      if (queued.step()) return UrgentMark::already_urgent;
      db_->prepare(
             "INSERT INTO outbox (id, ticket, body, created_at, kind, target) "
             "VALUES (?1, ?2, '', ?3, 'urgent', ?4)")
          .bind(1, make_uuid_v4())
          .bind(2, ticket)
          .bind(3, to_unix(clock_.now()))
          .bind(4, checkin_id)
          .run();
    } else {
      result = UrgentMark::pending_updated;
    }
    tx.commit();
    refresh_stats_locked();
  }
  if (result == UrgentMark::follow_up_queued && on_enqueued_) on_enqueued_();
  return result;
}

void Outbox::hold(const std::string& id, int http_status, const std::string& error_code) {
  std::lock_guard lock(db_mutex_);
  detail::Transaction tx(*db_);
  db_->prepare(
         "INSERT INTO held (seq, id, ticket, body, created_at, held_at, http_status, error_code, "
         "kind, target) "
         "SELECT seq, id, ticket, body, created_at, ?2, ?3, ?4, kind, target FROM outbox "
         "WHERE id = ?1")
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
      "SELECT id, ticket, created_at, held_at, http_status, error_code, body, kind, target "
      "FROM held ORDER BY seq");
  std::vector<HeldItem> items;
  while (stmt.step())
    items.push_back(HeldItem{stmt.column_text(0), stmt.column_text(1),
                             from_unix(stmt.column_int(2)), from_unix(stmt.column_int(3)),
                             static_cast<int>(stmt.column_int(4)), stmt.column_text(5),
                             stmt.column_text(6), kind_of(stmt.column_text(7)),
                             stmt.column_text(8)});
  return items;
}

bool Outbox::retry_held(const std::string& id) {
  {
    std::lock_guard lock(db_mutex_);
    detail::Transaction tx(*db_);
    // Its original seq: the queue is ordered by it, so it goes out before anything newer.
    auto moved = db_->prepare(
        "INSERT INTO outbox (seq, id, ticket, body, created_at, kind, target) "
        "SELECT seq, id, ticket, body, created_at, kind, target FROM held WHERE id = ?1 "
        "RETURNING id");
    moved.bind(1, id);
    const bool found = moved.step();
    moved.run();
    if (!found) return false;
    db_->prepare("DELETE FROM held WHERE id = ?1").bind(1, id).run();
    tx.commit();
    refresh_stats_locked();
  }
  if (on_enqueued_) on_enqueued_();
  return true;
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
