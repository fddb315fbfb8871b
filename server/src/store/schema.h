#pragma once
// The SQLite schema as an ordered list of migrations. PRAGMA user_version records how many have
// been applied; opening a database applies the rest, each in its own transaction.
#include <span>

namespace stillpoint::server {

// Migration i (0-based) takes a database from user_version i to i + 1. Append only: never edit
// a migration that has shipped.
std::span<const char* const> sqlite_migrations();

}  // namespace stillpoint::server
