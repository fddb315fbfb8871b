// stillpoint-sync-drain-bench: how long 10,000 check-ins queued while the server was down take
// to reach it once it is back. Starts the real stillpoint-server (from the same build) on
// loopback, fills an outbox with the server stopped, starts it, and times the drain.
//
// usage: stillpoint-sync-drain-bench [COUNT]   (default 10000; run from a release build)
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "server_process.h"
#include "stillpoint/sync/device_sync.h"
#include "temp_dir.h"

int main(int argc, char** argv) {
  using namespace stillpoint;
  using namespace stillpoint::sync;
  using namespace stillpoint::sync::testing;
using stillpoint::testing::TempDir;
  const int count = argc > 1 ? std::stoi(argv[1]) : 10000;
  TempDir dir;
  ServerProcess server(dir / "server");
  // Several kiosks: one prefix gives at most 999 tickets a day.
  const int kiosks = (count + 998) / 999;
  std::vector<std::unique_ptr<DeviceSync>> devices;
  SystemTimeSource clock;
  std::vector<std::string> tokens;
  std::atomic<long long> request_ms{0};
  std::atomic<long long> requests{0};
  for (int k = 0; k < kiosks; ++k) {
    const std::string prefix{static_cast<char>('A' + k / 26 % 26), static_cast<char>('A' + k % 26)};
    tokens.push_back(server.add_device("kiosk-" + prefix, "kiosk", prefix));
  }
  server.start();
  const int port = server.port();
  server.stop();
  const auto fill_start = std::chrono::steady_clock::now();
  for (int k = 0; k < kiosks; ++k) {
    DeviceSyncOptions options;
    options.outbox_path = dir / ("outbox-" + std::to_string(k) + ".db");
    options.ticket_prefix = std::string{static_cast<char>('A' + k / 26 % 26), static_cast<char>('A' + k % 26)};
    options.server = ServerEndpoint{server.url(), tokens[static_cast<std::size_t>(k)]};
    options.sender.backoff = BackoffPolicy{std::chrono::milliseconds(50), std::chrono::milliseconds(200)};
    // Sum the request times from the sender's log lines ("POST /api/v1/checkins 201 12ms").
    options.sender.log = [&request_ms, &requests](const std::string& line) {
      const auto space = line.rfind(' ');
      request_ms += std::stoll(line.substr(space + 1));
      ++requests;
    };
    devices.push_back(std::make_unique<DeviceSync>(options, clock));
    const int mine = std::min(999, count - k * 999);
    CheckinDraft draft;
    draft.service = "massage";
    for (int i = 0; i < mine; ++i) devices.back()->enqueue_checkin(draft);
  }
  const double fill_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - fill_start).count();
  server.start(port);
  const auto drain_start = std::chrono::steady_clock::now();
  for (auto& d : devices) d->start();
  for (;;) {
    int depth = 0;
    for (auto& d : devices) depth += d->status().outbox_depth;
    if (depth == 0) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const double drain_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - drain_start).count();
  for (auto& d : devices) d->stop();
  std::printf("sync drain: %d check-ins from %d kiosk outboxes\n", count, kiosks);
  std::printf("  enqueue (durable): %.2f s (%.0f /s)\n", fill_s, count / fill_s);
  std::printf("  drain after server return: %.2f s (%.0f /s)\n", drain_s, count / drain_s);
  std::printf("  requests: %lld, mean request time %.1f ms\n", requests.load(),
              requests ? static_cast<double>(request_ms) / static_cast<double>(requests) : 0.0);
  return 0;
}
