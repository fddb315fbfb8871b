#pragma once
// The device's durable outbox: check-ins waiting for the server, the daily ticket counter, and
// the items the server refused, in one SQLite file (WAL, synchronous=FULL, secure_delete).
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/clock.h"
#include "stillpoint/core/visit.h"

namespace stillpoint::sync {

namespace detail {
class Database;
}

// An appointment check-in made while the server was unreachable: the server matches it.
struct OfflineClaim {
  Date birth_date{};
  std::optional<std::string> first_initial;  // one capital letter, when the person gave it
};

// What the kiosk knows about a check-in; the outbox adds id, ticket and created_at.
struct CheckinDraft {
  VisitKind kind = VisitKind::walk_in;
  std::optional<std::string> appointment_id;  // appointment kind, matched online
  std::optional<OfflineClaim> claim;          // appointment kind, made offline
  std::optional<std::string> service;
  std::string language = "en";
  bool urgent = false;
  // Why it is urgent, for the front desk; sent only together with urgent.
  std::optional<UrgentReason> urgent_reason;
  std::optional<nlohmann::json> response;  // FHIR R4 QuestionnaireResponse
};

// What the person is told once enqueue returns: the check-in is on disk.
struct IssuedCheckin {
  std::string id;      // UUIDv4, also the Idempotency-Key
  std::string ticket;  // "A-07"
  TimePoint created_at{};
};

// What an outbox row asks the server for.
enum class OutboxItemKind {
  checkin,  // POST /api/v1/checkins with the stored body
  urgent,   // POST /api/v1/checkins/{target}/urgent, empty body: "Need help now?" after delivery
};

// One undelivered item, with the exact bytes every attempt sends.
struct PendingCheckin {
  std::int64_t seq = 0;  // delivery order
  std::string id;        // the check-in's id; a follow-up's own id for urgent
  std::string ticket;
  std::string body;      // empty for urgent
  TimePoint created_at{};
  OutboxItemKind kind = OutboxItemKind::checkin;
  std::string target;  // urgent: the check-in it flags
};

// What mark_urgent did.
enum class UrgentMark {
  pending_updated,   // the check-in had not been sent: its own row now says urgent
  follow_up_queued,  // it may have reached the server: a follow-up request is queued
  already_urgent,    // nothing to do: the row or a queued follow-up already says so
};

// A check-in the server refused with a 4xx that retrying cannot fix: kept for staff.
struct HeldItem {
  std::string id;
  std::string ticket;
  TimePoint created_at{};
  TimePoint held_at{};
  int http_status = 0;
  std::string error_code;  // the server's error.code, when it gave one
  std::string body;        // personal data: show to staff only, never log
  OutboxItemKind kind = OutboxItemKind::checkin;
  std::string target;  // urgent: the check-in it flags
};

// Counts kept in memory so the UI's status read never touches the disk.
struct OutboxStats {
  int depth = 0;
  std::optional<TimePoint> oldest_created_at;
  int held = 0;
};

// The outbox file. Thread-safe: the UI enqueues while the sender reads and deletes; every
// operation is short and no lock is held across network I/O.
class Outbox {
public:
  // Opens or creates the database. `ticket_prefix` is this kiosk's (validated: 1-2 capitals).
  Outbox(const std::filesystem::path& path, std::string ticket_prefix, const TimeSource& clock);
  ~Outbox();
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  // Commits the check-in and advances the daily ticket counter in one transaction; returns only
  // once both are durable. Throws std::invalid_argument for an inconsistent draft and
  // std::runtime_error when the disk fails or the day's 999 tickets are used.
  IssuedCheckin enqueue_checkin(const CheckinDraft& draft);

  // The oldest undelivered item, if any (a look, for tests and tools).
  std::optional<PendingCheckin> oldest();
  // The oldest undelivered item, which the caller is about to send: from now on its bytes are
  // never changed (the server may hold them under its Idempotency-Key).
  std::optional<PendingCheckin> next_to_send();
  // Deletes a delivered item (secure_delete overwrites its bytes).
  void mark_delivered(const std::string& id);
  // Moves a refused item to the held table.
  void hold(const std::string& id, int http_status, const std::string& error_code);

  // "Need help now?" after the ticket: flags check-in `checkin_id` urgent, durably, in one
  // transaction. A check-in never sent has its own row (or held row) changed, costing no
  // request; one that may have reached the server gets an urgent follow-up queued after it.
  // Throws std::runtime_error when the disk fails.
  UrgentMark mark_urgent(const std::string& checkin_id);

  std::vector<HeldItem> held_items();
  // Staff resolved a held item elsewhere: removes it for good. False when no such item.
  bool discard_held(const std::string& id);
  // Staff fixed the cause: moves a held item back into the queue at its original place, so it
  // is delivered before anything queued after it. False when no such item.
  bool retry_held(const std::string& id);

  OutboxStats stats() const;
  // Called (on the enqueuing thread) after each enqueue commits: wakes the sender. Set it
  // before other threads use the outbox.
  void set_on_enqueued(std::function<void()> callback);
  // "ok" when the file is healthy.
  std::string integrity_check();

private:
  std::string next_ticket_locked(TimePoint now);
  void refresh_stats_locked();
  void migrate();
  std::optional<PendingCheckin> oldest_locked();
  bool may_have_been_sent_locked(std::int64_t seq, const std::string& id) const;

  std::unique_ptr<detail::Database> db_;
  std::string prefix_;
  const TimeSource& clock_;
  mutable std::mutex db_mutex_;
  mutable std::mutex stats_mutex_;
  OutboxStats stats_;
  std::function<void()> on_enqueued_;
  // Rows at or below this seq existed when the file was opened: an earlier process may have
  // sent them. Together with sent_, which rows' bytes must never change.
  std::int64_t opened_at_seq_ = 0;
  std::set<std::string> sent_;  // ids handed out by next_to_send() and not yet delivered
};

// The JSON body of POST /api/v1/checkins for a draft (exposed for tests).
nlohmann::json checkin_body(const CheckinDraft& draft, const IssuedCheckin& issued);

}  // namespace stillpoint::sync
