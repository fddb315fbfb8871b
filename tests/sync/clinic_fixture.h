#pragma once
// The real clinic server in a child process with a kiosk (prefix A), a display and a staff
// device enrolled, plus helpers shared by the fault tests.
#include <chrono>
#include <functional>
#include <set>
#include <string>
#include <thread>

#include "server_process.h"
#include "stillpoint/sync/device_sync.h"
#include "temp_dir.h"

namespace stillpoint::sync::testing {

using ::stillpoint::testing::TempDir;

struct ClinicFixture {
  TempDir dir;
  ServerProcess server{dir / "server"};
  std::string kiosk_token = server.add_device("kiosk-1", "kiosk", "A");
  std::string display_token = server.add_device("lobby-1", "display");
  std::string staff_token = server.add_device("desk-1", "staff");

  DeviceSyncOptions kiosk_options(const std::string& url,
                                  std::shared_ptr<Sleeper> sender_sleeper = nullptr) const {
    DeviceSyncOptions options;
    options.outbox_path = dir / "outbox.db";
    options.ticket_prefix = "A";
    options.server = ServerEndpoint{url, kiosk_token};
    options.app_version = "test";
    options.sender.seed = 2024;
    options.sender_sleeper = std::move(sender_sleeper);
    return options;
  }

  std::multiset<std::string> server_ids() const {
    std::multiset<std::string> ids;
    for (const auto& c : server.checkins(staff_token)) ids.insert(c.id);
    return ids;
  }
};

// Polls `done` every 10 ms until it holds or `limit` passes; returns whether it held.
inline bool eventually(const std::function<bool()>& done,
                       std::chrono::milliseconds limit = std::chrono::seconds(20)) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return done();
}

inline CheckinDraft walk_in() {
  CheckinDraft draft;
  draft.service = "massage";
  return draft;
}

}  // namespace stillpoint::sync::testing
