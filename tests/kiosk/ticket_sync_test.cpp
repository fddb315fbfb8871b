// The ticket screen and the device's sync: the server's wait range appears on the ticket once
// the check-in is delivered, "Need help now?" after the ticket flags the same check-in urgent
// (never a second one), the admin panel offers Retry beside Discard for held items, and fault
// test 3 runs the real stillpoint-kiosk binary, SIGKILLed at random during 200 check-ins.
//
// The walk-in's intake step is stubbed (a screen that submits a small fixed response): filling
// the default form by taps is kiosk/intake's own test.
#include <doctest/doctest.h>

#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include <httplib.h>

#include "child_process.h"
#include "support.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

using ::stillpoint::testing::spawn_process;
using ::stillpoint::testing::wait_process;

namespace {

using test::Server;
using test::slurp;

// Request-log lines whose path ends in /urgent (the log names routes, never a person).
int urgent_requests(const Server& server) {
  std::istringstream lines(slurp(server.dir / "serve.err"));
  int n = 0;
  for (std::string line; std::getline(lines, line);)
    if (line.find("/urgent ") != std::string::npos) ++n;
  return n;
}

void walk_in(test::Kiosk& k) {
  k.tap("Check in");
  k.tap("I'm a walk-in");
  k.tap("Send my answers");
  REQUIRE(k.flow->step() == Step::ticket);
}

// Lets app time and real time pass together (the sender works in real time) until `done`.
bool pump_until(test::Kiosk& k, const std::function<bool()>& done, std::chrono::seconds limit = 20s) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    k.advance(100ms, 100ms);
    std::this_thread::sleep_for(30ms);
  }
  return done();
}

// A live server with a kiosk (prefix A) and a front desk enrolled.
struct Clinic {
  std::filesystem::path dir;
  Server server;
  std::string kiosk_token;
  std::string staff_token;
  DeviceConfig config = test::test_config();

  explicit Clinic(const std::string& name)
      : dir(test::scratch_dir(name)), server(dir / "server") {
    kiosk_token = server.add_device("lobby-kiosk", "kiosk", "A");
    staff_token = server.add_device("front-desk", "staff");
    config.data_dir = (dir / "kiosk").string();
    config.ticket_screen_seconds = 600;  // the test decides when the ticket goes
  }
  std::shared_ptr<KioskBackend> backend(const TimeSource& wall, bool start_sync = true) {
    config.server_url = "http://127.0.0.1:" + std::to_string(server.port);
    return make_device_backend({config, kiosk_token, &wall, start_sync});
  }
};

const std::regex kWaitLine("The wait is about ([0-9]+) to ([0-9]+) minutes\\.");

}  // namespace

TEST_CASE("the ticket shows the server's wait range once the check-in is delivered") {
  Clinic clinic("ticket-wait");
  clinic.server.start();
  SystemTimeSource wall;  // the outbox stamps check-ins with the real date the server checks
  auto backend = clinic.backend(wall);
  test::Kiosk k(backend, clinic.config, test::stub_intake);
  walk_in(k);
  CHECK(k.shows("A-01"));
  // The range arrives with the server's answer, after the ticket is already up.
  REQUIRE_MESSAGE(pump_until(k, [&] { return k.shows("The wait is about"); }),
                  "on screen: " << k.shown());
  std::smatch m;
  const std::string shown = k.shown();
  REQUIRE(std::regex_search(shown, m, kWaitLine));
  const int low = std::stoi(m[1].str());
  const int high = std::stoi(m[2].str());
  CHECK(low <= high);
  // Exactly what the server answered for this check-in.
  const auto range = backend->wait_minutes(k.flow->session().issued->id);
  REQUIRE(range);
  CHECK(range->first == low);
  CHECK(range->second == high);
  CHECK_FALSE(k.shows("The front desk will let you know how long the wait is."));
  k.flow.reset();
}

TEST_CASE("help after a delivered ticket makes the same visit urgent, one visit on the server") {
  Clinic clinic("ticket-help-delivered");
  clinic.server.start();
  SystemTimeSource wall;
  auto backend = clinic.backend(wall);
  test::Kiosk k(backend, clinic.config, test::stub_intake);
  walk_in(k);
  REQUIRE(pump_until(k, [&] { return k.shows("The wait is about"); }));  // delivered
  k.tap("Need help now?");
  CHECK(k.shows("Someone is coming to you."));
  CHECK(k.shows("Your number for our team: A-01"));
  k.tap("Thank you");
  k.tap("Need help now?");  // a second tap: the card again, no second request
  k.tap("Thank you");
  REQUIRE(pump_until(k, [&] { return backend->status().outbox_depth == 0 && urgent_requests(clinic.server) >= 1; }));
  std::this_thread::sleep_for(300ms);
  CHECK(urgent_requests(clinic.server) == 1);
  const auto held = clinic.server.checkins(clinic.staff_token);
  REQUIRE(held.size() == 1);
  CHECK(held[0]["ticket"] == "A-01");
  CHECK(held[0]["id"] == k.flow->session().issued->id);
  CHECK(held[0]["urgent"] == true);
  CHECK(held[0]["response"]["item"][0]["linkId"] == "reason");
  k.flow.reset();
}

TEST_CASE("help before delivery flags the waiting check-in itself, with no extra request") {
  Clinic clinic("ticket-help-pending");
  clinic.server.start();
  SystemTimeSource wall;
  std::string id;
  {
    // The sender is not running: the check-in waits in the outbox like during an outage.
    auto backend = clinic.backend(wall, /*start_sync=*/false);
    test::Kiosk k(backend, clinic.config, test::stub_intake);
    walk_in(k);
    id = k.flow->session().issued->id;
    k.tap("Need help now?");
    CHECK(k.shows("Someone is coming to you."));
    CHECK(backend->status().outbox_depth == 1);  // the same row, no follow-up queued
    k.flow.reset();
  }
  // The kiosk comes back with its sender: one check-in, already urgent, and nothing else.
  auto backend = clinic.backend(wall);
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (backend->status().outbox_depth > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(20ms);
  CHECK(backend->status().outbox_depth == 0);
  const auto held = clinic.server.checkins(clinic.staff_token);
  REQUIRE(held.size() == 1);
  CHECK(held[0]["id"] == id);
  CHECK(held[0]["urgent"] == true);
  CHECK(held[0]["urgent_reason"] == "help_button");  // the server stores why
  CHECK(urgent_requests(clinic.server) == 0);
}

TEST_CASE("help on the ticket screen marks the issued check-in instead of making a second one") {
  test::Kiosk k(nullptr, test::test_config(), test::stub_intake);
  walk_in(k);
  const std::string id = k.flow->session().issued->id;
  k.tap("Need help now?");
  CHECK(k.shows("Someone is coming to you."));
  k.tap("Thank you");
  k.tap("Need help now?");
  REQUIRE(k.demo->enqueued().size() == 1);
  CHECK(k.demo->enqueued()[0].urgent);
  CHECK(k.demo->urgent_marks() == std::vector<std::string>{id});
  CHECK(k.flow->session().issued->id == id);
}

namespace {

// The demo backend with two held items, recording what staff chose.
class HeldBackend : public DemoBackend {
public:
  explicit HeldBackend(const TimeSource& clock)
      : DemoBackend(clock, "A", test::source_dir() / "assets" / "forms" / "intake.json") {
    items.push_back({"id-1", "A-03", {}, {}, 422, "unknown_appointment", "{\"secret\":1}",
                     sync::OutboxItemKind::checkin, ""});
    items.push_back({"id-2", "A-05", {}, {}, 409, "visit_closed", "", sync::OutboxItemKind::urgent,
                     "id-9"});
  }
  std::vector<sync::HeldItem> held_items() override { return items; }
  sync::SyncStatus status() override {
    auto s = DemoBackend::status();
    s.held_items = static_cast<int>(items.size());
    return s;
  }
  bool retry_held(const std::string& id) override { return take(id, retried); }
  bool discard_held(const std::string& id) override { return take(id, discarded); }

  std::vector<sync::HeldItem> items;
  std::vector<std::string> retried, discarded;

private:
  bool take(const std::string& id, std::vector<std::string>& into) {
    for (auto it = items.begin(); it != items.end(); ++it)
      if (it->id == id) {
        into.push_back(id);
        items.erase(it);
        return true;
      }
    return false;
  }
};

void open_admin(test::Kiosk& k) {
  k.flow->open_admin();
  k.app->pump();
  for (char c : std::string("2468")) k.tap(std::string(1, c));
  k.tap("Open");
  REQUIRE(k.flow->step() == Step::admin_status);
}

}  // namespace

TEST_CASE("the admin panel offers Retry beside Discard for held items, and Discard asks first") {
  ManualTimeSource clock(Clock::now());
  auto backend = std::make_shared<HeldBackend>(clock);
  test::Kiosk k(backend);
  open_admin(k);
  CHECK(k.shows("Check-ins held for staff: 2"));
  CHECK(k.shows("A-03: check-in, refused by the server (422 unknown_appointment)"));
  CHECK(k.shows("A-05: help request, refused by the server (409 visit_closed)"));
  CHECK_FALSE(k.shows("secret"));  // what the person entered is not on the panel
  k.tap("Retry");  // the first item's
  CHECK(backend->retried == std::vector<std::string>{"id-1"});
  CHECK(k.shows("Check-ins held for staff: 1"));
  k.tap("Discard");
  CHECK(k.shows("Discard this item?"));
  CHECK(backend->discarded.empty());
  k.advance(3s, 500ms);  // the panel's refresh does not close the question
  k.tap("Keep it");
  CHECK(backend->discarded.empty());
  k.tap("Discard");
  k.tap("Discard");  // the question's own button
  CHECK(backend->discarded == std::vector<std::string>{"id-2"});
  CHECK(k.shows("Check-ins held for staff: 0"));
  CHECK_FALSE(k.has_label("Retry"));
}

// --- Fault test 3 with the real stillpoint-kiosk --------------------------------------------
//
// The real kiosk binary runs headless (--script, SDL offscreen) against the real server and is
// SIGKILLed at random moments while people check in. Each check-in is "Need help now?" on the
// welcome screen: one tap commits an urgent walk-in to the outbox and shows the person the help
// card with their number; "Thank you", "Check in", "Start over" wipe the session for the next
// person. The script asserts the number shown (`expect`), then writes a screenshot named after
// it: a file that exists means that ticket was acknowledged to the person. Ticket codes are not
// personal, and nothing else leaves the kiosk.
namespace {

// The daily counter in the kiosk's outbox (0 before the first check-in).
int ticket_counter(const std::filesystem::path& outbox) {
  if (!std::filesystem::exists(outbox)) return 0;
  sqlite3* db = nullptr;
  int number = 0;
  if (sqlite3_open(outbox.c_str(), &db) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT last_number FROM ticket_counter WHERE id = 1", -1, &stmt,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
      number = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return number;
}

std::string sqlite_text(const std::filesystem::path& file, const char* sql) {
  sqlite3* db = nullptr;
  std::string out = "cannot open";
  if (sqlite3_open(file.c_str(), &db) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
      out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    else
      out = "error";
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return out;
}

std::string ticket_code(int number) {
  char digits[8];
  std::snprintf(digits, sizeof digits, "%02d", number);
  return std::string("A-") + digits;
}

// Tickets acknowledged so far: the screenshots the kiosks wrote.
std::set<std::string> acknowledged(const std::filesystem::path& dir) {
  std::set<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().extension() == ".png") out.insert(entry.path().stem().string());
  return out;
}

// True once the child ended; `status` as wait_process reports it.
bool ended(pid_t pid, int& status) {
  int raw = 0;
  if (::waitpid(pid, &raw, WNOHANG) != pid) return false;
  status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -WTERMSIG(raw);
  return true;
}

}  // namespace

TEST_CASE("fault 3 with the real kiosk: killed at random, every acknowledged check-in arrives once") {
  constexpr int kTotal = 200;
  constexpr int kKilledRuns = 8;
  const auto started = std::chrono::steady_clock::now();
  Clinic clinic("fault-kill-real-kiosk");
  clinic.server.start();
  const auto acks = clinic.dir / "acks";
  std::filesystem::create_directories(acks);
  std::ofstream(clinic.dir / "kiosk.token") << clinic.kiosk_token << "\n";
  {
    auto config = nlohmann::json::parse(slurp(test::source_dir() / "config" / "kiosk.json"));
    config["server_url"] = "http://127.0.0.1:" + std::to_string(clinic.server.port);
    config["token_file"] = (clinic.dir / "kiosk.token").string();
    config["data_dir"] = (clinic.dir / "kiosk").string();
    config["assets_dir"] = (test::source_dir() / "assets").string();
    std::ofstream(clinic.dir / "kiosk.json") << config.dump();
  }
  const auto outbox = clinic.dir / "kiosk" / "outbox.db";
  std::mt19937 random(20240611u);
  int kills = 0;
  int killed_after_commit = 0;  // kills that landed between a commit and its screenshot
  for (int run = 0; run < kKilledRuns + 1; ++run) {
    const int first = ticket_counter(outbox) + 1;
    const int remaining = kTotal - static_cast<int>(acknowledged(acks).size());
    REQUIRE(remaining >= 0);
    std::ofstream script(clinic.dir / "script.txt");
    for (int n = first; n < first + remaining; ++n) {
      script << "tap \"Need help now?\"\n"
             << "expect \"Your number for our team: " << ticket_code(n) << "\"\n"
             << "screenshot \"" << ticket_code(n) << "\"\n"
             << "tap \"Thank you\"\ntap \"Check in\"\ntap \"Start over\"\n";
    }
    script << "wait 120000\n";  // stays up, delivering, until the test ends it
    script.close();
    const int before = static_cast<int>(acknowledged(acks).size());
    // Run from the acks folder: a script's screenshots go to the working folder (without
    // --screenshot, which would switch the kiosk to its demo backend). exec keeps the pid.
    const std::string command = "cd '" + acks.string() + "' && exec '" + STILLPOINT_KIOSK_EXE +
                                "' --config '" + (clinic.dir / "kiosk.json").string() +
                                "' --windowed 480x800 --script '" + (clinic.dir / "script.txt").string() + "'";
    const pid_t pid = spawn_process({"/bin/sh", "-c", command},
                                    clinic.dir / "kiosk.out", clinic.dir / "kiosk.err",
                                    ::stillpoint::testing::StdoutFile::append);
    const bool kill_this_run = run < kKilledRuns;
    // Killed after a random number of this run's check-ins, at a random point in the next one.
    const int target = kill_this_run ? before + 1 + static_cast<int>(random() % 30) : kTotal;
    int status = 0;
    bool done = false;
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (!(done = ended(pid, status)) && std::chrono::steady_clock::now() < deadline) {
      if (static_cast<int>(acknowledged(acks).size()) >= std::min(target, kTotal)) break;
      std::this_thread::sleep_for(5ms);
    }
    REQUIRE_MESSAGE(!done, "the kiosk ended early (" << status << "): " << slurp(clinic.dir / "kiosk.err"));
    if (kill_this_run) {
      std::this_thread::sleep_for(std::chrono::milliseconds(random() % 60));
      ::kill(pid, SIGKILL);
      REQUIRE(wait_process(pid) == -SIGKILL);
      ++kills;
      const int committed = ticket_counter(outbox) - first + 1;
      const int seen = static_cast<int>(acknowledged(acks).size()) - before;
      CHECK(committed >= seen);
      CHECK(committed <= seen + 1);  // at most the one in flight
      if (committed > seen) ++killed_after_commit;
      continue;
    }
    // The last run: every check-in shown; wait until its sender has delivered everything.
    REQUIRE(static_cast<int>(acknowledged(acks).size()) == kTotal);
    const auto drained_by = std::chrono::steady_clock::now() + 30s;
    while (sqlite_text(outbox, "SELECT count(*) FROM outbox") != "0" &&
           std::chrono::steady_clock::now() < drained_by)
      std::this_thread::sleep_for(20ms);
    CHECK(sqlite_text(outbox, "SELECT count(*) FROM outbox") == "0");
    ::kill(pid, SIGKILL);  // idle with an empty outbox; the script's last line only waits
    wait_process(pid);
  }
  const auto acked = acknowledged(acks);
  REQUIRE(acked.size() == kTotal);
  const auto held = clinic.server.checkins(clinic.staff_token);
  std::map<std::string, int> per_ticket;
  std::set<std::string> ids;
  for (const auto& c : held) {
    ++per_ticket[c.at("ticket").get<std::string>()];
    CHECK(ids.insert(c.at("id").get<std::string>()).second);  // no check-in twice
  }
  for (const auto& ticket : acked) CHECK_MESSAGE(per_ticket[ticket] == 1, ticket);
  int unacknowledged = 0;
  for (const auto& [ticket, count] : per_ticket) {
    CHECK(count == 1);
    if (!acked.count(ticket)) ++unacknowledged;
  }
  // Only a kill between a commit and its screenshot leaves a check-in nobody saw acknowledged.
  CHECK(unacknowledged == killed_after_commit);
  CHECK(kills == kKilledRuns);
  CHECK(sqlite_text(outbox, "SELECT count(*) FROM held") == "0");
  CHECK(sqlite_text(outbox, "PRAGMA integrity_check") == "ok");
  CHECK(sqlite_text(clinic.dir / "server" / "clinic.db", "PRAGMA integrity_check") == "ok");
  // The kiosk's output names no one (there is no one to name, but the log must stay quiet).
  const auto err = slurp(clinic.dir / "kiosk.err");
  CHECK(err.find("\"response\"") == std::string::npos);
  const auto took = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  MESSAGE("kills: " << kills << ", killed after a commit: " << killed_after_commit
                    << ", server check-ins: " << held.size() << ", " << took << " s");
}
