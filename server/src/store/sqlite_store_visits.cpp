// SqliteStore: appointments and visits.
#include "store/sqlite_codec.h"
#include "store/sqlite_store.h"

namespace stillpoint::server {

using namespace sqlite_codec;

namespace {

constexpr const char* kAppointmentColumns =
    "SELECT id, first_name, last_name, birth_date, start_at, practitioner, service "
    "FROM appointments ";

Appointment read_appointment(const Statement& q) {
  return Appointment{q.text(0),           q.text(1), q.text(2), date_from(q.text(3)),
                     time_at(q.int64(4)), q.text(5), q.text(6)};
}

std::vector<Appointment> read_appointments(Statement& q) {
  std::vector<Appointment> out;
  while (q.step()) out.push_back(read_appointment(q));
  return out;
}

std::string visit_select(const char* answer_columns) {
  return std::string(
             "SELECT v.id, v.ticket, v.day, v.kind, v.state, v.urgent, v.service, v.language, "
             "v.kiosk_id, d.name, v.arrived_at, v.state_since, v.started_at, v.room, "
             "v.appointment_id, v.claim_birth_date, v.claim_initial, v.unmatched_claim, "
             "v.urgent_reason, ") +
         answer_columns +
         ", a.id, a.first_name, a.last_name, a.birth_date, a.start_at, a.practitioner, a.service "
         "FROM visits v JOIN devices d ON d.id = v.kiosk_id "
         "LEFT JOIN appointments a ON a.id = v.appointment_id ";
}

const std::string kVisitColumns = visit_select("v.response_json, v.fingerprint_hash, v.result_body");
// The same rows without the answers and stored replies: a day's intake answers run to
// megabytes, and every check-in and queue snapshot reads the whole day.
const std::string kVisitSummaryColumns = visit_select("NULL, '', ''");

VisitRecord read_visit(const Statement& q) {
  VisitRecord v;
  v.id = q.text(0);
  v.ticket = q.text(1);
  v.day = date_from(q.text(2));
  v.kind = parse_visit_kind(q.text(3)).value_or(VisitKind::walk_in);
  v.state = parse_visit_state(q.text(4)).value_or(VisitState::waiting);
  v.urgent = q.int64(5) != 0;
  v.service = q.text(6);
  v.language = q.text(7);
  v.kiosk_id = q.int64(8);
  v.kiosk_name = q.text(9);
  v.arrived_at = time_at(q.int64(10));
  v.state_since = time_at(q.int64(11));
  v.started_at = time_at(q.optional_int64(12));
  v.room = q.optional_text(13);
  v.appointment_id = q.optional_text(14);
  if (auto d = q.optional_text(15)) v.claim_birth_date = date_from(*d);
  v.claim_initial = q.optional_text(16);
  v.unmatched_claim = q.int64(17) != 0;
  if (auto reason = q.optional_text(18)) v.urgent_reason = parse_urgent_reason(*reason);
  v.response_json = q.optional_text(19);
  v.fingerprint_hash = q.text(20);
  v.result_body = q.text(21);
  if (!q.is_null(22))
    v.appointment = Appointment{q.text(22),           q.text(23), q.text(24), date_from(q.text(25)),
                                time_at(q.int64(26)), q.text(27), q.text(28)};
  return v;
}

std::optional<std::string> reason_text(const std::optional<UrgentReason>& reason) {
  if (!reason) return std::nullopt;
  return std::string(to_string(*reason));
}

std::optional<VisitRecord> read_one_visit(Statement& q) {
  std::optional<VisitRecord> out;
  if (q.step()) out = read_visit(q);
  q.reset();
  return out;
}

}  // namespace

void SqliteStore::insert_appointment(const Appointment& a) {
  db_.prepare(
         "INSERT INTO appointments (id, first_name, last_name, birth_date, start_at, "
         "practitioner, service) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
      .bind(1, a.id)
      .bind(2, a.first_name)
      .bind(3, a.last_name)
      .bind(4, format_date(a.birth_date))
      .bind(5, millis(a.start))
      .bind(6, a.practitioner)
      .bind(7, a.service)
      .run();
}

std::optional<Appointment> SqliteStore::find_appointment(const std::string& id) {
  static const std::string sql = std::string(kAppointmentColumns) + "WHERE id = ?1";
  auto& q = db_.prepare(sql.c_str());
  q.bind(1, id);
  std::optional<Appointment> out;
  if (q.step()) out = read_appointment(q);
  q.reset();
  return out;
}

std::vector<Appointment> SqliteStore::appointments_starting(TimePoint from, TimePoint to) {
  static const std::string sql = std::string(kAppointmentColumns) +
                                 "WHERE start_at >= ?1 AND start_at < ?2 ORDER BY start_at, id";
  auto& q = db_.prepare(sql.c_str());
  q.bind(1, millis(from)).bind(2, millis(to));
  return read_appointments(q);
}

std::vector<Appointment> SqliteStore::appointments_for_birth_date(Date birth_date, TimePoint from,
                                                                  TimePoint to) {
  static const std::string sql = std::string(kAppointmentColumns) +
                                 "WHERE birth_date = ?1 AND start_at BETWEEN ?2 AND ?3 "
                                 "ORDER BY start_at, id";
  auto& q = db_.prepare(sql.c_str());
  q.bind(1, format_date(birth_date)).bind(2, millis(from)).bind(3, millis(to));
  return read_appointments(q);
}

std::optional<VisitRecord> SqliteStore::find_visit(const std::string& id) {
  static const std::string sql = kVisitColumns + "WHERE v.id = ?1";
  auto& q = db_.prepare(sql.c_str());
  q.bind(1, id);
  return read_one_visit(q);
}

std::optional<VisitRecord> SqliteStore::find_visit_by_ticket(Date day, const std::string& ticket) {
  static const std::string sql = kVisitColumns + "WHERE v.day = ?1 AND v.ticket = ?2";
  auto& q = db_.prepare(sql.c_str());
  q.bind(1, format_date(day)).bind(2, ticket);
  return read_one_visit(q);
}

void SqliteStore::insert_visit(const VisitRecord& v) {
  db_.prepare(
         "INSERT INTO visits (id, ticket, day, kind, state, urgent, service, language, kiosk_id, "
         "arrived_at, state_since, started_at, room, appointment_id, claim_birth_date, "
         "claim_initial, unmatched_claim, response_json, fingerprint_hash, result_body, "
         "urgent_reason) VALUES "
         "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
         "?20, ?21)")
      .bind(1, v.id)
      .bind(2, v.ticket)
      .bind(3, format_date(v.day))
      .bind(4, to_string(v.kind))
      .bind(5, to_string(v.state))
      .bind(6, v.urgent ? 1 : 0)
      .bind(7, v.service)
      .bind(8, v.language)
      .bind(9, v.kiosk_id)
      .bind(10, millis(v.arrived_at))
      .bind(11, millis(v.state_since))
      .bind(12, millis(v.started_at))
      .bind(13, v.room)
      .bind(14, v.appointment_id)
      .bind(15, date_text(v.claim_birth_date))
      .bind(16, v.claim_initial)
      .bind(17, v.unmatched_claim ? 1 : 0)
      .bind(18, v.response_json)
      .bind(19, v.fingerprint_hash)
      .bind(20, v.result_body)
      .bind(21, reason_text(v.urgent_reason))
      .run();
}

void SqliteStore::update_visit(const VisitRecord& v) {
  db_.prepare(
         "UPDATE visits SET state = ?2, state_since = ?3, started_at = ?4, room = ?5, "
         "appointment_id = ?6, unmatched_claim = ?7, result_body = ?8, urgent = ?9, "
         "service = ?10, claim_birth_date = ?11, claim_initial = ?12, urgent_reason = ?13 "
         "WHERE id = ?1")
      .bind(1, v.id)
      .bind(2, to_string(v.state))
      .bind(3, millis(v.state_since))
      .bind(4, millis(v.started_at))
      .bind(5, v.room)
      .bind(6, v.appointment_id)
      .bind(7, v.unmatched_claim ? 1 : 0)
      .bind(8, v.result_body)
      .bind(9, v.urgent ? 1 : 0)
      .bind(10, v.service)
      .bind(11, date_text(v.claim_birth_date))
      .bind(12, v.claim_initial)
      .bind(13, reason_text(v.urgent_reason))
      .run();
}

std::vector<VisitRecord> SqliteStore::visits_on(Date day) {
  static const std::string sql =
      kVisitColumns + "WHERE v.day = ?1 ORDER BY v.arrived_at, v.ticket";
  return read_day(sql, day);
}

std::vector<VisitRecord> SqliteStore::visit_summaries_on(Date day) {
  static const std::string sql =
      kVisitSummaryColumns + "WHERE v.day = ?1 ORDER BY v.arrived_at, v.ticket";
  return read_day(sql, day);
}

std::vector<VisitRecord> SqliteStore::read_day(const std::string& sql, Date day) {
  auto& q = db_.prepare(sql.c_str());
  q.bind(1, format_date(day));
  std::vector<VisitRecord> out;
  while (q.step()) out.push_back(read_visit(q));
  return out;
}

int SqliteStore::purge_answers_before(TimePoint cutoff) {
  const int purged = db_.prepare(
                            "UPDATE visits SET response_json = NULL, claim_birth_date = NULL, "
                            "claim_initial = NULL, fingerprint_hash = '' WHERE arrived_at < ?1 AND "
                            "(response_json IS NOT NULL OR claim_birth_date IS NOT NULL OR "
                            "claim_initial IS NOT NULL OR fingerprint_hash != '')")
                         .bind(1, millis(cutoff))
                         .run();
  // Old page images of the purged answers may still sit in the write-ahead log; checkpoint it
  // into the main file (where secure_delete overwrote them) and truncate it.
  if (purged > 0 && transaction_depth_ == 0) db_.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  return purged;
}

}  // namespace stillpoint::server
