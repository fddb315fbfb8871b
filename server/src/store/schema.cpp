#include "store/schema.h"

namespace stillpoint::server {
namespace {

// Times are milliseconds since the Unix epoch (UTC); dates are "YYYY-MM-DD".
constexpr const char* kVersion1 = R"sql(
CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'display', 'staff')),
  ticket_prefix TEXT CHECK (ticket_prefix IS NULL OR role = 'kiosk'),
  token_hash TEXT NOT NULL UNIQUE,
  last_seen INTEGER,
  app_version TEXT NOT NULL DEFAULT '',
  outbox_depth INTEGER NOT NULL DEFAULT 0,
  oldest_undelivered_seconds INTEGER,
  held_items INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX devices_by_prefix ON devices (ticket_prefix) WHERE ticket_prefix IS NOT NULL;

CREATE TABLE staff (
  name TEXT PRIMARY KEY,
  iterations INTEGER NOT NULL,
  salt BLOB NOT NULL,
  hash BLOB NOT NULL
);

CREATE TABLE staff_sessions (
  token_hash TEXT PRIMARY KEY,
  staff_name TEXT NOT NULL REFERENCES staff (name) ON DELETE CASCADE,
  expires_at INTEGER NOT NULL
);

CREATE TABLE appointments (
  id TEXT PRIMARY KEY,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  start_at INTEGER NOT NULL,
  practitioner TEXT NOT NULL,
  service TEXT NOT NULL
);
CREATE INDEX appointments_by_birth_date ON appointments (birth_date, start_at);
CREATE INDEX appointments_by_start ON appointments (start_at);

CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  ticket TEXT NOT NULL,
  day TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  urgent INTEGER NOT NULL,
  service TEXT NOT NULL,
  language TEXT NOT NULL,
  kiosk_id INTEGER NOT NULL REFERENCES devices (id),
  arrived_at INTEGER NOT NULL,
  state_since INTEGER NOT NULL,
  started_at INTEGER,
  room TEXT,
  appointment_id TEXT REFERENCES appointments (id),
  claim_birth_date TEXT,
  claim_initial TEXT,
  unmatched_claim INTEGER NOT NULL DEFAULT 0,
  response_json TEXT,
  fingerprint_hash TEXT NOT NULL,
  result_body TEXT NOT NULL,
  UNIQUE (day, ticket)
);
CREATE INDEX visits_by_arrival ON visits (arrived_at);

CREATE TABLE session_means (
  service TEXT PRIMARY KEY,
  minutes REAL NOT NULL
);

CREATE TABLE queue_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
INSERT INTO queue_state (id, version, updated_at) VALUES (1, 0, 0);
)sql";

// Why a visit is urgent ('help_button' or 'asked_to_talk'); NULL for visits made before, or
// by kiosks that do not say.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE visits ADD COLUMN urgent_reason TEXT
  CHECK (urgent_reason IS NULL OR urgent_reason IN ('help_button', 'asked_to_talk'));
)sql";

constexpr const char* kMigrations[] = {kVersion1, kVersion2};

}  // namespace

std::span<const char* const> sqlite_migrations() {
  return kMigrations;
}

}  // namespace stillpoint::server
