// stillpoint-server as an operator runs it: the built binary, its stdout, stderr and exit code.
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdlib>
#include <fstream>

#include "stillpoint/core/version.h"
#include "store/sqlite_store.h"
#include "test_support.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::testing;

namespace {

struct Run {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs stillpoint-server with `args` (each single-quoted) in `dir`, feeding `input` on stdin.
Run run_cli(const TempDir& dir, const std::vector<std::string>& args,
            const std::string& input = "") {
  const auto in = dir.path() / "stdin.txt";
  std::ofstream(in, std::ios::binary) << input;
  std::string command = "cd '" + dir.path().string() + "' && '" STILLPOINT_SERVER_BIN "'";
  for (const auto& a : args) command += " '" + a + "'";
  command += " < stdin.txt > stdout.txt 2> stderr.txt";
  const int status = std::system(command.c_str());
  Run run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.out = read_bytes(dir.path() / "stdout.txt");
  run.err = read_bytes(dir.path() / "stderr.txt");
  return run;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

// A Clinic on the CLI's database, to see what a command did.
std::unique_ptr<Clinic> open_db(const TempDir& dir, const TimeSource& clock) {
  return std::make_unique<Clinic>(
      std::make_unique<SqliteStore>((dir.path() / "var" / "clinic.db").string()), ServerConfig{},
      clock);
}

const char* const kHeader = "first_name,last_name,birth_date,start,practitioner,service\n";

}  // namespace

TEST_CASE(
    "GIVEN no database yet WHEN add-device runs THEN stdout is exactly the token and a "
    "newline, the database is created under var/, and the token authenticates") {
  TempDir dir;
  const auto run = run_cli(
      dir, {"add-device", "--name", "Front kiosk", "--role", "kiosk", "--ticket-prefix", "A"});
  REQUIRE(run.exit_code == 0);
  REQUIRE(run.out.size() == 65);
  CHECK(run.out.back() == '\n');
  const std::string token = run.out.substr(0, 64);
  CHECK(token.find_first_not_of("0123456789abcdef") == std::string::npos);
  const SystemTimeSource clock;
  const auto device = open_db(dir, clock)->authenticate_device(token);
  REQUIRE(device.has_value());
  CHECK(device->ticket_prefix == "A");
}

TEST_CASE(
    "GIVEN a bad role or a taken name WHEN add-device runs THEN it fails on stderr with "
    "nothing on stdout") {
  TempDir dir;
  const auto bad_role = run_cli(dir, {"add-device", "--name", "X", "--role", "admin"});
  CHECK(bad_role.exit_code != 0);
  CHECK(bad_role.out.empty());
  CHECK(bad_role.err.find("--role") != std::string::npos);
  REQUIRE(run_cli(dir, {"add-device", "--name", "X", "--role", "display"}).exit_code == 0);
  const auto taken = run_cli(dir, {"add-device", "--role", "display", "--name", "X"});
  CHECK(taken.exit_code == 1);
  CHECK(taken.out.empty());
}

TEST_CASE("GIVEN a good CSV with quoting and local times WHEN imported THEN every row is there") {
  TempDir dir;
  write_file(
      dir.path() / "day.csv",
      std::string(kHeader) +
          "Jordan,Rivera,1990-04-01,2026-03-10T10:00,\"Lee, Dr.\",rehab\r\n"
          "\"Ann \"\"Nan\"\"\",Bell,1985-12-31,2026-03-10T11:30:00+00:00,Dr. Kim,massage\r\n");
  const auto run = run_cli(dir, {"import-appointments", "day.csv"});
  REQUIRE(run.exit_code == 0);
  CHECK(run.out == "imported 2 appointments\n");
  const SystemTimeSource clock;
  const auto day = open_db(dir, clock)->appointments_on(date("2026-03-10"));
  REQUIRE(day.size() == 2);
  CHECK(day[0].appointment.first_name == "Jordan");
  CHECK(day[0].appointment.practitioner == "Lee, Dr.");
  CHECK(day[0].appointment.start == local_time("2026-03-10T10:00"));
  CHECK(day[1].appointment.first_name == "Ann \"Nan\"");
  const auto again = run_cli(dir, {"import-appointments", "day.csv"});
  CHECK(again.exit_code == 0);
  CHECK(again.out == "imported 0 appointments, 2 were already there\n");
}

TEST_CASE(
    "GIVEN a CSV whose third line has a bad birth date WHEN imported THEN nothing is imported "
    "and the message names line and column but no personal value") {
  TempDir dir;
  write_file(dir.path() / "day.csv",
             std::string(kHeader) +
                 "Zebulon,Sentinelname,1990-04-01,2026-03-10T10:00,Dr. Lee,rehab\n"
                 "Zebulon,Sentinelname,1990-02-31,2026-03-10T11:00,Dr. Lee,rehab\n");
  const auto run = run_cli(dir, {"import-appointments", "day.csv"});
  CHECK(run.exit_code == 1);
  CHECK(run.err.find("line 3") != std::string::npos);
  CHECK(run.err.find("birth_date") != std::string::npos);
  CHECK(run.err.find("Zebulon") == std::string::npos);
  CHECK(run.err.find("Sentinelname") == std::string::npos);
  CHECK(run.err.find("1990-02-31") == std::string::npos);
  CHECK(run.out.empty());
  const SystemTimeSource clock;
  std::filesystem::create_directories(dir.path() / "var");
  CHECK(open_db(dir, clock)->appointments_on(date("2026-03-10")).empty());
}

TEST_CASE(
    "GIVEN a CSV with a wrong header or a short row WHEN imported THEN it is refused naming "
    "the line") {
  TempDir dir;
  write_file(dir.path() / "header.csv", "first,last,birth_date,start,practitioner,service\n");
  const auto header = run_cli(dir, {"import-appointments", "header.csv"});
  CHECK(header.exit_code == 1);
  CHECK(header.err.find("line 1") != std::string::npos);
  write_file(dir.path() / "short.csv", std::string(kHeader) + "Zebulon,Sentinelname,1990-04-01\n");
  const auto short_row = run_cli(dir, {"import-appointments", "short.csv"});
  CHECK(short_row.exit_code == 1);
  CHECK(short_row.err.find("line 2") != std::string::npos);
  CHECK(short_row.err.find("Zebulon") == std::string::npos);
}

TEST_CASE("GIVEN a password on stdin WHEN add-staff runs THEN the account verifies with it") {
  TempDir dir;
  const auto run = run_cli(dir, {"add-staff", "--user", "ann"}, "correct horse battery\n");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.empty());
  const SystemTimeSource clock;
  CHECK(open_db(dir, clock)->verify_staff_password("ann", "correct horse battery"));
}

TEST_CASE("GIVEN a fresh database WHEN check and purge run THEN check prints ok and both succeed") {
  TempDir dir;
  const auto check = run_cli(dir, {"check", "--db", "var/clinic.db"});
  CHECK(check.exit_code == 0);
  CHECK(check.out == "ok\n");
  CHECK(run_cli(dir, {"purge"}).exit_code == 0);
}

TEST_CASE("GIVEN a file that is not a database WHEN check runs THEN it fails") {
  TempDir dir;
  write_file(dir.path() / "junk.db", std::string(8192, 'x'));
  const auto run = run_cli(dir, {"--db", "junk.db", "check"});
  CHECK(run.exit_code != 0);
  CHECK(run.out.find("ok") == std::string::npos);
}

TEST_CASE("GIVEN --version or --help WHEN run THEN the version or the usage is printed") {
  TempDir dir;
  const auto version = run_cli(dir, {"--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out == std::string("stillpoint-server ") + kVersion + "\n");
  const auto help = run_cli(dir, {"--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("import-appointments") != std::string::npos);
}

TEST_CASE("GIVEN an unknown command or option WHEN run THEN usage on stderr and exit code 2") {
  TempDir dir;
  const auto command = run_cli(dir, {"frobnicate"});
  CHECK(command.exit_code == 2);
  CHECK(command.err.find("usage:") != std::string::npos);
  CHECK(run_cli(dir, {"check", "--verbose"}).exit_code == 2);
  CHECK(run_cli(dir, {}).exit_code == 2);
}

TEST_CASE(
    "GIVEN a config named with --config that does not exist WHEN run THEN it fails and the "
    "default config missing means defaults") {
  TempDir dir;
  const auto missing = run_cli(dir, {"check", "--config", "nope.json"});
  CHECK(missing.exit_code == 1);
  CHECK(missing.err.find("nope.json") != std::string::npos);
  CHECK(run_cli(dir, {"check"}).exit_code == 0);
  write_file(dir.path() / "bad.json", R"({"retention_days": "soon"})");
  const auto bad = run_cli(dir, {"--config=bad.json", "check"});
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("retention_days") != std::string::npos);
}
