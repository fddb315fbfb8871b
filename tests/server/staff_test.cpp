// Staff passwords and console sessions.
#include <doctest/doctest.h>

#include "security/password.h"
#include "store/sqlite_store.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;
using namespace std::chrono_literals;

TEST_CASE(
    "GIVEN a staff account WHEN its password is checked THEN the right one passes and a "
    "wrong one or an unknown user fails") {
  ClinicFixture f;
  f.clinic->add_staff("ann", "correct horse battery");
  CHECK(f.clinic->verify_staff_password("ann", "correct horse battery"));
  CHECK_FALSE(f.clinic->verify_staff_password("ann", "correct horse batterx"));
  CHECK_FALSE(f.clinic->verify_staff_password("bob", "correct horse battery"));
}

TEST_CASE(
    "GIVEN a staff account WHEN the stored hash is read THEN it is PBKDF2 with at least "
    "600,000 iterations, a 16-byte salt, and no trace of the password") {
  ClinicFixture f;
  f.clinic->add_staff("ann", "Sentinel-Password-42");
  f.clinic->add_staff("bob", "Sentinel-Password-42");
  SqliteStore store(f.db_path().string());
  const auto ann = store.find_staff("ann");
  const auto bob = store.find_staff("bob");
  REQUIRE(ann.has_value());
  REQUIRE(bob.has_value());
  CHECK(ann->iterations >= 600'000);
  CHECK(ann->salt.size() >= 16);
  CHECK(ann->salt != bob->salt);
  CHECK(ann->hash != bob->hash);
  CHECK(database_bytes(f.db_path()).find("Sentinel-Password-42") == std::string::npos);
}

TEST_CASE("GIVEN a short password WHEN a staff account is added THEN it is refused") {
  ClinicFixture f;
  CHECK_THROWS_AS(f.clinic->add_staff("ann", "short"), std::invalid_argument);
  CHECK_FALSE(f.clinic->verify_staff_password("ann", "short"));
}

TEST_CASE(
    "GIVEN a console session WHEN it is used within the idle limit THEN it slides and WHEN idle "
    "longer THEN it is gone") {
  ClinicFixture f;
  f.clinic->add_staff("ann", "correct horse battery");
  const auto token = f.clinic->start_staff_session("ann");
  CHECK(f.clinic->staff_session_user(token) == std::optional<std::string>("ann"));
  f.clock.advance(14min);
  CHECK(f.clinic->staff_session_user(token) == std::optional<std::string>("ann"));
  f.clock.advance(14min);  // 28 minutes after sign-in, 14 after last use
  CHECK(f.clinic->staff_session_user(token) == std::optional<std::string>("ann"));
  f.clock.advance(15min);
  CHECK_FALSE(f.clinic->staff_session_user(token).has_value());
  f.clock.advance(-10min);  // and it does not come back
  CHECK_FALSE(f.clinic->staff_session_user(token).has_value());
}

TEST_CASE(
    "GIVEN a console session WHEN it is ended THEN its token no longer works, and it was "
    "stored only as a hash") {
  ClinicFixture f;
  f.clinic->add_staff("ann", "correct horse battery");
  const auto token = f.clinic->start_staff_session("ann");
  CHECK(database_bytes(f.db_path()).find(token) == std::string::npos);
  f.clinic->end_staff_session(token);
  CHECK_FALSE(f.clinic->staff_session_user(token).has_value());
  CHECK_FALSE(f.clinic->staff_session_user("not-a-token").has_value());
}

TEST_CASE(
    "GIVEN a session WHEN the user's password is set again THEN the session ends and only "
    "the new password works") {
  ClinicFixture f;
  f.clinic->add_staff("ann", "correct horse battery");
  const auto token = f.clinic->start_staff_session("ann");
  f.clinic->add_staff("ann", "a brand new passphrase");
  CHECK_FALSE(f.clinic->staff_session_user(token).has_value());
  CHECK_FALSE(f.clinic->verify_staff_password("ann", "correct horse battery"));
  CHECK(f.clinic->verify_staff_password("ann", "a brand new passphrase"));
}

TEST_CASE("GIVEN no such user WHEN a session is started THEN it is refused") {
  ClinicFixture f;
  CHECK_THROWS_AS(f.clinic->start_staff_session("nobody"), std::invalid_argument);
}

TEST_CASE("GIVEN a password hash WHEN verified against a tampered hash THEN it fails") {
  auto hash = hash_password("correct horse battery", 1000);
  CHECK(verify_password("correct horse battery", hash));
  hash.hash[0] = static_cast<char>(hash.hash[0] ^ 1);
  CHECK_FALSE(verify_password("correct horse battery", hash));
}
