#pragma once
// Rows as the store keeps them: what Clinic reads and writes through Store. Times are
// TimePoints, dates are calendar dates; how a backend encodes them is its own business.
#include <cstdint>
#include <optional>
#include <string>

#include "clinic/clinic.h"
#include "stillpoint/core/appointment.h"
#include "security/password.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/visit.h"

namespace stillpoint::server {

// A device with the digest of its bearer token (the token itself is never stored).
struct DeviceRecord {
  Device device;
  std::string token_hash;
};

// A staff console session: the digest of its token, whose it is and when it lapses.
struct StaffSessionRecord {
  std::string user;
  TimePoint expires_at{};
};

// One check-in as stored: the visit, its idempotency data and the answer first given.
struct VisitRecord {
  std::string id;
  std::string ticket;
  Date day{};  // local day of arrival: tickets are unique per kiosk prefix and day
  VisitKind kind = VisitKind::walk_in;
  VisitState state = VisitState::waiting;
  bool urgent = false;
  std::optional<UrgentReason> urgent_reason;  // why urgent; nullopt when not said
  std::string service;
  std::string language;
  std::int64_t kiosk_id = 0;
  std::string kiosk_name;  // read only (joined from devices)
  TimePoint arrived_at{};
  TimePoint state_since{};
  std::optional<TimePoint> started_at;  // when the session began, for learning its length
  std::optional<std::string> room;
  std::optional<std::string> appointment_id;
  std::optional<Date> claim_birth_date;  // offline claim, kept until matched or purged
  std::optional<std::string> claim_initial;
  bool unmatched_claim = false;
  std::optional<std::string> response_json;  // FHIR QuestionnaireResponse as text
  // SHA-256 of the request's fingerprint: the fingerprint renders the whole body, answers
  // included, and must not outlive the purge of those answers.
  std::string fingerprint_hash;
  std::string result_body;                 // the JSON body answered when the check-in was created
  std::optional<Appointment> appointment;  // read only (joined): the linked appointment
};

// The persisted queue clock: bumped on every change the lobby can see.
struct QueueState {
  std::int64_t version = 0;
  TimePoint updated_at{};
};

}  // namespace stillpoint::server
