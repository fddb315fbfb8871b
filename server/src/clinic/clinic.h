#pragma once
// The clinic server's operations, independent of HTTP: what a kiosk, a lobby screen and the
// front desk can ask of the clinic, with the rules applied (lookup window, idempotent check-in,
// ticket ownership, visit state machine, queue order, wait estimate). The HTTP layer only
// authenticates, parses and maps results to status codes; storage sits behind Store.
//
// Thread-safe: one Clinic serves every request thread.
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "stillpoint/core/appointment.h"
#include "stillpoint/core/clock.h"
#include "stillpoint/core/server_config.h"
#include "stillpoint/core/visit.h"
#include "stillpoint/core/wait_estimate.h"

namespace stillpoint::server {

class Store;

enum class DeviceRole { kiosk, display, staff };
std::string_view to_string(DeviceRole role);
std::optional<DeviceRole> parse_device_role(std::string_view text);

struct Device {
  std::int64_t id = 0;
  std::string name;
  DeviceRole role = DeviceRole::kiosk;
  std::string ticket_prefix;  // kiosks only
  std::optional<TimePoint> last_seen;
  std::string app_version;
  int outbox_depth = 0;
  std::optional<int> oldest_undelivered_seconds;
  int held_items = 0;  // submissions the server refused (4xx) that the kiosk keeps for staff
};

struct Heartbeat {
  std::string app_version;
  int outbox_depth = 0;
  std::optional<int> oldest_undelivered_seconds;
  int held_items = 0;
};

// --- Appointment lookup at the kiosk ---------------------------------------------------------
struct LookupQuery {
  Date birth_date{};
  std::optional<std::string> first_initial;
};
struct LookupMatch {
  std::string appointment_id;
  std::string greeting_name;  // "Jordan R."
  TimePoint start{};
  std::string practitioner;
};
enum class LookupOutcome { found, none, several };
struct LookupResult {
  LookupOutcome outcome = LookupOutcome::none;
  std::optional<LookupMatch> match;  // set when found
};

// --- Check-in --------------------------------------------------------------------------------
// An appointment check-in made while the kiosk could not reach the server: the person's birth
// date and initial, matched against appointments when the check-in arrives.
struct OfflineClaim {
  Date birth_date{};
  std::optional<std::string> first_initial;
};

struct CheckinRequest {
  std::string id;  // UUIDv4, also the idempotency key
  std::string ticket;
  VisitKind kind = VisitKind::walk_in;
  std::optional<std::string> appointment_id;
  std::optional<OfflineClaim> claim;  // appointment kind, made offline, instead of appointment_id
  std::optional<std::string> service;
  std::string language;  // "en", "es"
  TimePoint created_at{};
  bool urgent = false;
  std::optional<UrgentReason> urgent_reason;  // only with urgent; nullopt from older kiosks
  std::optional<nlohmann::json> response;  // FHIR R4 QuestionnaireResponse
  // A canonical rendering of the whole request body: a replay must match it exactly.
  std::string fingerprint;
};

enum class CheckinOutcome {
  created,              // 201 with `body`
  replayed,             // 200 with the stored `body`
  idempotency_conflict, // 422: same id, different body
  ticket_conflict,      // 409: ticket not this kiosk's prefix, or already used today
  unknown_appointment,  // 422: appointment_id names no appointment today
};
struct CheckinResult {
  CheckinOutcome outcome = CheckinOutcome::created;
  nlohmann::json body;  // {"ticket","position","wait_minutes":[lo,hi]} on created / replayed
};

// --- Queue and visits ------------------------------------------------------------------------
struct NowServing {
  std::string ticket;
  std::string room;
  TimePoint since{};
};
struct WaitingTicket {
  std::string ticket;
  int position = 0;  // 1-based
};
// What the lobby may know. No names, services, reasons or flags: privacy is the product.
struct QueueSnapshot {
  std::int64_t version = 0;
  std::vector<NowServing> now_serving;
  std::vector<WaitingTicket> waiting;
  std::optional<WaitRange> wait;  // for someone arriving now; nullopt when nobody waits
  TimePoint updated_at{};
};

// A visit as the front desk sees it.
struct Visit {
  std::string id;
  std::string ticket;
  VisitKind kind = VisitKind::walk_in;
  VisitState state = VisitState::waiting;
  bool urgent = false;
  std::optional<UrgentReason> urgent_reason;  // staff only; nullopt when none was given
  std::string service;
  std::string language;
  std::string kiosk_name;
  TimePoint arrived_at{};
  TimePoint state_since{};
  std::optional<std::string> room;
  std::optional<std::string> appointment_id;
  std::optional<std::string> greeting_name;  // for appointments; staff only
  std::optional<std::string> practitioner;
  std::optional<TimePoint> appointment_start;
  bool unmatched_claim = false;  // made offline and no appointment matched yet
  std::optional<OfflineClaim> claim;  // what the person typed, while unmatched; staff only
  std::optional<int> position;   // while waiting
  std::optional<nlohmann::json> response;
};

enum class TransitionOutcome {
  done,
  not_found,
  illegal,
  unknown_room,
  room_occupied,  // another visit is called to the room or in session there
};
struct TransitionResult {
  TransitionOutcome outcome = TransitionOutcome::done;
  std::optional<Visit> visit;
  std::string room;  // the room asked for, when room_occupied
};

// The front desk's "Call next": the first person in line, into a given or the first free room.
enum class CallNextOutcome {
  done,
  unknown_room,    // the room asked for is not configured
  nobody_waiting,
  room_occupied,   // the room asked for has a visit
  no_free_room,    // no room asked for, and every room has a visit
};
struct CallNextResult {
  CallNextOutcome outcome = CallNextOutcome::done;
  std::optional<Visit> visit;  // the visit called, when done
  std::string room;            // the room asked for, when room_occupied
};

// A front-desk match of an offline claim to one of the day's appointments.
enum class MatchOutcome {
  done,
  not_found,               // no such ticket today
  not_an_unmatched_claim,  // a walk-in, an online appointment check-in or already matched
  unknown_appointment,     // no such appointment on the visit's day
  appointment_taken,       // that appointment already has a check-in that day
};
struct MatchResult {
  MatchOutcome outcome = MatchOutcome::done;
  std::optional<Visit> visit;
};

// A kiosk's "Need help now?" after the ticket was issued: the same check-in, now urgent.
enum class UrgentOutcome {
  done,         // urgent now (or already was)
  not_found,    // no such check-in from this kiosk
  visit_closed, // completed, no-show, or from an earlier day
};
struct UrgentResult {
  UrgentOutcome outcome = UrgentOutcome::done;
  std::string ticket;  // set when done
};

// A configured room and the visit called to it or in session there, if any.
struct RoomView {
  std::string name;
  std::optional<std::string> ticket;
  std::optional<VisitState> state;  // called or in_session
  std::optional<TimePoint> since;
};

// Appointments imported from a file: the ids of every row in file order (a row already stored
// keeps its stored id) and how many were new.
struct AppointmentImport {
  std::vector<std::string> ids;
  int added = 0;
};

// An appointment with whether its person has checked in today.
struct AppointmentView {
  Appointment appointment;
  std::optional<std::string> ticket;  // set once arrived
};

class Clinic {
public:
  Clinic(std::unique_ptr<Store> store, ServerConfig config, const TimeSource& clock);
  ~Clinic();
  Clinic(const Clinic&) = delete;
  Clinic& operator=(const Clinic&) = delete;

  const ServerConfig& config() const { return config_; }
  const TimeSource& clock() const { return clock_; }

  // Devices. add_device returns the bearer token, shown once; only its SHA-256 is kept.
  // Throws std::invalid_argument for a bad or duplicate name or prefix.
  std::string add_device(const std::string& name, DeviceRole role,
                         const std::string& ticket_prefix);
  std::optional<Device> authenticate_device(const std::string& bearer_token);
  void record_heartbeat(std::int64_t device_id, const Heartbeat& beat);
  std::vector<Device> devices();

  // Staff accounts and console sessions.
  void add_staff(const std::string& user, const std::string& password);
  bool verify_staff_password(const std::string& user, const std::string& password);
  std::string start_staff_session(const std::string& user);  // returns the session token
  // The signed-in user of a console session. Only `activity` (a person acting) slides the idle
  // expiry: the page's own background polling must not keep an unattended desk signed in.
  enum class SessionUse { activity, background };
  std::optional<std::string> staff_session_user(const std::string& session_token,
                                                SessionUse use = SessionUse::activity);
  void end_staff_session(const std::string& session_token);

  // Appointments.
  std::string add_appointment(const Appointment& appointment);  // returns its id
  // Adds all of them in one transaction, or none when one is refused; returns their ids. One
  // identical to a stored appointment (same names, birth date, start and practitioner) is not
  // added twice: its id is the stored one's, so re-importing a day's file is harmless.
  std::vector<std::string> add_appointments(const std::vector<Appointment>& appointments);
  // add_appointments with fresh ids, counting the rows that were not stored already.
  AppointmentImport import_appointments(std::vector<Appointment> appointments);
  std::vector<AppointmentView> appointments_on(Date day);
  LookupResult lookup(const LookupQuery& query);

  // Check-ins, queue and visits.
  CheckinResult check_in(const Device& kiosk, const CheckinRequest& request);
  QueueSnapshot queue_snapshot();
  // Blocks until the queue version passes `after` or `timeout` elapses; true when it passed.
  bool wait_for_queue_change(std::int64_t after, std::chrono::milliseconds timeout);
  // Shutting down: every current and future wait_for_queue_change returns at once.
  void release_waiters();
  std::vector<Visit> visits(std::optional<VisitState> state);
  // One visit per room: calling someone into, or starting a session in, a room another visit
  // is called to or in session in is refused (room_occupied) and changes nothing.
  TransitionResult act(const std::string& ticket, VisitAction action,
                       const std::optional<std::string>& room);
  // Calls the first person in line (the queue rule's order) into `room`, or into the first free
  // room in config order when none is given; the same queue change as act's call.
  CallNextResult call_next(const std::optional<std::string>& room);
  // Links today's unmatched offline claim `ticket` to `appointment_id`, as an online appointment
  // check-in would have been linked (service, queue place, greeting name); forgets the claim.
  MatchResult match_claim(const std::string& ticket, const std::string& appointment_id);
  // Marks check-in `checkin_id` of `kiosk` urgent; idempotent. Another kiosk's check-in is
  // not_found, so a kiosk cannot learn which ids exist.
  UrgentResult mark_urgent(const Device& kiosk, const std::string& checkin_id);
  // Every configured room, in config order, with who is called to it or in session there.
  std::vector<RoomView> rooms();

  // Maintenance.
  int purge_expired_answers();  // returns how many visits lost their intake answers
  std::string integrity_check();  // "ok" when healthy

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  ServerConfig config_;
  const TimeSource& clock_;
};

}  // namespace stillpoint::server
