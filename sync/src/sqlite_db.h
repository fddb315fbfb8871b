#pragma once
// A thin RAII layer over the SQLite C API for the outbox: one connection, prepared statements
// only. Errors become std::runtime_error carrying SQLite's message, never a bound value.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace stillpoint::sync::detail {

// One prepared statement. Bind parameters are 1-based as in SQLite; columns 0-based.
class Statement {
public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view value);
  Statement& bind_null(int index);
  // Steps once: true while a row is available, false when done.
  bool step();
  // Steps to completion, for statements that return no rows.
  void run();
  std::int64_t column_int(int index) const;
  std::string column_text(int index) const;
  bool column_is_null(int index) const;

private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// An open database connection.
class Database {
public:
  explicit Database(const std::filesystem::path& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs SQL with no parameters (schema, pragmas, BEGIN/COMMIT).
  void exec(const char* sql);
  Statement prepare(std::string_view sql) { return Statement(db_, sql); }
  // The first column of the first row of a parameterless query, as text.
  std::string scalar_text(const char* sql);
  std::int64_t scalar_int(const char* sql);

private:
  sqlite3* db_ = nullptr;
};

// Commits on commit(); rolls back when destroyed without it (an exception on the way out).
class Transaction {
public:
  explicit Transaction(Database& db);  // BEGIN IMMEDIATE: take the write lock up front
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

private:
  Database& db_;
  bool done_ = false;
};

}  // namespace stillpoint::sync::detail
