// Fault test 3: the kiosk process is SIGKILLed at random moments during 200 check-ins.
#include <signal.h>

#include <doctest/doctest.h>

#include <random>
#include <sstream>

#include "clinic_fixture.h"
#include "stillpoint/sync/atomic_file.h"

using namespace stillpoint;
using namespace stillpoint::sync;
using namespace stillpoint::sync::testing;
using ::stillpoint::testing::spawn_process;
using ::stillpoint::testing::StdoutFile;
using ::stillpoint::testing::wait_process;

namespace {

// What one run of the kiosk printed.
struct RunOutput {
  std::vector<std::string> acked;
  bool unacked_try = false;  // killed between "TRY" and "ACK": that check-in may exist or not
  bool drained = false;
  int held = -1;
};

RunOutput read_output(const std::filesystem::path& path) {
  RunOutput out;
  std::istringstream lines(read_file(path).value_or(""));
  std::string line;
  bool open_try = false;
  while (std::getline(lines, line)) {
    if (line == "TRY") {
      open_try = true;
    } else if (line.rfind("ACK ", 0) == 0 && line.size() > 40) {
      out.acked.push_back(line.substr(4, 36));
      open_try = false;
    } else if (line.rfind("DRAINED held=", 0) == 0) {
      out.drained = true;
      out.held = std::stoi(line.substr(13));
    }
  }
  out.unacked_try = open_try;
  return out;
}

}  // namespace

TEST_CASE("fault 3: a kiosk killed at random delivers every acknowledged check-in exactly once") {
  ClinicFixture f;
  f.server.start();
  std::mt19937 random(20240611u);
  std::set<std::string> acked;
  int possibly_committed = 0;  // kills that landed between TRY and ACK
  int kills = 0;
  constexpr int kTotal = 200;
  for (int run = 0; run < 40; ++run) {
    const int remaining = kTotal - static_cast<int>(acked.size());
    const auto out_path = f.dir / ("kiosk-" + std::to_string(run) + ".out");
    const pid_t pid = spawn_process({built_executable("stillpoint-sync-kiosk-sim").string(), "--db",
                             (f.dir / "outbox.db").string(), "--url", f.server.url(), "--token",
                             f.kiosk_token, "--prefix", "A", "--count",
                             std::to_string(remaining), "--drain"},
                            out_path, f.dir / "kiosk.err", StdoutFile::append);
    const bool kill_this_run = run < 8;
    if (kill_this_run) {
      std::this_thread::sleep_for(std::chrono::milliseconds(30 + random() % 300));
      ::kill(pid, SIGKILL);
    }
    const int exit_code = wait_process(pid);
    const auto output = read_output(out_path);
    for (const auto& id : output.acked) CHECK(acked.insert(id).second);
    if (exit_code == -SIGKILL) {
      ++kills;
      if (output.unacked_try) ++possibly_committed;
      continue;
    }
    REQUIRE(exit_code == 0);
    if (output.drained) {
      CHECK(output.held == 0);  // no ticket number was ever issued twice
      break;
    }
  }
  CHECK(kills >= 1);
  REQUIRE(acked.size() == kTotal);
  const auto ids = f.server_ids();
  for (const auto& id : acked) CHECK(ids.count(id) == 1);
  int unacknowledged = 0;
  for (const auto& id : ids) {
    CHECK(ids.count(id) == 1);
    if (!acked.count(id)) ++unacknowledged;
  }
  // A check-in appears unacknowledged only if the kill fell between its commit and its ACK
  // line: at most one per such kill, and never otherwise.
  CHECK(unacknowledged <= possibly_committed);
  MESSAGE("kills: " << kills << ", killed between commit and ACK: " << possibly_committed
                    << ", server check-ins: " << ids.size());
  CHECK(f.server.integrity_check() == "ok");
  ManualTimeSource clock(Clock::now());
  Outbox outbox(f.dir / "outbox.db", "A", clock);
  CHECK(outbox.stats().depth == 0);
  CHECK(outbox.integrity_check() == "ok");
}
