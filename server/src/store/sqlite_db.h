#pragma once
// A thin RAII layer over the SQLite C API: one connection, its cached prepared statements, and
// errors turned into exceptions. Values are always bound, never spliced into SQL text.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace stillpoint::server {

// An SQLite failure; the message is SQLite's (it never contains bound values).
class SqliteError : public std::runtime_error {
public:
  SqliteError(const std::string& what, int code) : std::runtime_error(what), code_(code) {}
  // The primary SQLite result code (SQLITE_CONSTRAINT, SQLITE_BUSY, ...).
  int code() const { return code_; }

private:
  int code_;
};

// One prepared statement, reset for reuse after each execution. Parameters are 1-based.
class Statement {
public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Binders return *this so a call reads as one line per value.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const std::string& text) {
    return bind(index, std::string_view(text));
  }
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  // Binds text, or NULL when absent.
  Statement& bind(int index, const std::optional<std::string>& text);
  Statement& bind(int index, const std::optional<std::int64_t>& value);

  // Advances to the next row; false when done (the statement is then reset).
  bool step();
  // Runs a statement that returns no rows; returns sqlite3_changes().
  int run();

  bool is_null(int column) const;
  std::int64_t int64(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::string blob(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::optional<std::int64_t> optional_int64(int column) const;

  // Resets the statement and clears its bindings (done automatically by step/run at the end).
  void reset();

private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// One connection to a database file, with a cache of prepared statements.
class SqliteDb {
public:
  // Opens (creating if missing) the database at `path`. Throws SqliteError.
  explicit SqliteDb(const std::string& path);
  ~SqliteDb();
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;

  // Runs SQL text with no parameters (schema, pragmas, BEGIN/COMMIT).
  void exec(const char* sql);
  // The cached, reset statement for `sql`. Its bindings are cleared.
  Statement& prepare(const char* sql);
  // The rowid of the last INSERT.
  std::int64_t last_insert_rowid() const;
  sqlite3* handle() { return db_; }

private:
  sqlite3* db_ = nullptr;
  std::map<std::string, std::unique_ptr<Statement>, std::less<>> statements_;
};

// Throws SqliteError with the connection's message when `rc` is an error.
void check_sqlite(sqlite3* db, int rc);

}  // namespace stillpoint::server
