// stillpoint-sync-kiosk-sim: a stand-in for the kiosk app in the SIGKILL fault test. It makes
// walk-in check-ins through DeviceSync and prints "ACK <id> <ticket>" only after enqueue
// returned (what the person would be shown), "TRY" just before each enqueue, and "DRAINED" once
// the outbox is empty with --drain.
//
// usage: stillpoint-sync-kiosk-sim --db PATH --url URL --token TOKEN --prefix P --count N [--drain]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>
#include <thread>

#include "stillpoint/sync/device_sync.h"

namespace {

struct Args {
  std::string db, url, token, prefix;
  int count = 0;
  bool drain = false;
};

Args parse(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    const std::string flag = argv[i];
    const std::string value = i + 1 < argc ? argv[i + 1] : "";
    if (flag == "--drain") args.drain = true;
    else if (flag == "--db") args.db = value, ++i;
    else if (flag == "--url") args.url = value, ++i;
    else if (flag == "--token") args.token = value, ++i;
    else if (flag == "--prefix") args.prefix = value, ++i;
    else if (flag == "--count") args.count = std::stoi(value), ++i;
  }
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace stillpoint;
  using namespace stillpoint::sync;
  const Args args = parse(argc, argv);
  SystemTimeSource clock;
  DeviceSyncOptions options;
  options.outbox_path = args.db;
  options.ticket_prefix = args.prefix;
  options.server = ServerEndpoint{args.url, args.token};
  options.app_version = "kiosk-sim";
  options.sender.backoff = BackoffPolicy{std::chrono::milliseconds(50), std::chrono::milliseconds(500)};
  DeviceSync sync(options, clock);
  sync.start();
  std::mt19937 random(std::random_device{}());
  for (int i = 0; i < args.count; ++i) {
    std::printf("TRY\n");
    std::fflush(stdout);
    CheckinDraft draft;
    draft.service = "massage";
    const auto issued = sync.enqueue_checkin(draft);
    std::printf("ACK %s %s\n", issued.id.c_str(), issued.ticket.c_str());
    std::fflush(stdout);
    std::this_thread::sleep_for(std::chrono::microseconds(random() % 3000));
  }
  if (!args.drain) return 0;
  while (sync.status().outbox_depth > 0) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  std::printf("DRAINED held=%d\n", sync.status().held_items);
  std::fflush(stdout);
  sync.stop();
  return 0;
}
