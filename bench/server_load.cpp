// A load generator for a running stillpoint-server on loopback. Measures what the front desk and
// the lobby feel: durable check-ins accepted per second, queue snapshots served per second, and
// how long after a check-in is accepted a held long-poll wakes up.
//
//   stillpoint-server-load --url http://127.0.0.1:PORT --kiosk-tokens FILE --display-token TOKEN
//
// FILE holds one "PREFIX TOKEN" line per kiosk; each kiosk thread issues its own tickets, as real
// kiosks do. Figures are printed as "name: value unit" lines, one per measurement round, plus
// the median of the rounds.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/ticket.h"
#include "stillpoint/core/uuid.h"

namespace {

using SteadyClock = std::chrono::steady_clock;
using stillpoint::format_ticket;

struct Kiosk {
  std::string prefix;
  std::string token;
  int next_number = 1;
};

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::vector<Kiosk> kiosks;
  std::string display_token;
  int checkins_per_round = 400;
  int rounds = 5;
  double snapshot_seconds = 3.0;
  int snapshot_threads = 8;
  int wakeups = 40;
};

[[noreturn]] void usage_error(const std::string& message) {
  std::cerr << "stillpoint-server-load: " << message << "\n"
            << "usage: stillpoint-server-load --url http://HOST:PORT --kiosk-tokens FILE "
               "--display-token TOKEN [--rounds N] [--checkins N]\n";
  std::exit(2);
}

Options parse_options(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage_error(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--url") {
      const std::string url = value();
      const auto colon = url.rfind(':');
      const auto host_start = url.find("://");
      if (colon == std::string::npos || host_start == std::string::npos) usage_error("bad --url");
      o.host = url.substr(host_start + 3, colon - host_start - 3);
      o.port = std::stoi(url.substr(colon + 1));
    } else if (arg == "--kiosk-tokens") {
      std::ifstream in(value());
      Kiosk k;
      while (in >> k.prefix >> k.token) o.kiosks.push_back(k);
    } else if (arg == "--display-token") {
      o.display_token = value();
    } else if (arg == "--rounds") {
      o.rounds = std::stoi(value());
    } else if (arg == "--checkins") {
      o.checkins_per_round = std::stoi(value());
    } else {
      usage_error("unknown option " + arg);
    }
  }
  if (o.kiosks.empty() || o.display_token.empty()) usage_error("kiosk and display tokens needed");
  return o;
}

httplib::Headers bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

// Posts one walk-in check-in from `kiosk`; true on 201.
bool post_checkin(httplib::Client& client, Kiosk& kiosk) {
  const std::string id = stillpoint::make_uuid_v4();
  const nlohmann::json body = {
      {"id", id},
      {"ticket", format_ticket({kiosk.prefix, kiosk.next_number++})},
      {"kind", "walk_in"},
      {"language", "en"},
      {"created_at", stillpoint::format_timestamp(std::chrono::system_clock::now())}};
  auto headers = bearer(kiosk.token);
  headers.emplace("Idempotency-Key", id);
  const auto res = client.Post("/api/v1/checkins", headers, body.dump(), "application/json");
  return res && res->status == 201;
}

// One check-in from the first kiosk, on a fresh connection (for seeding).
void post_checkin_from_any(Options& o) {
  httplib::Client client(o.host, o.port);
  post_checkin(client, o.kiosks.front());
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto mid = values.size() / 2;
  return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  return values[index];
}

// Every kiosk posts its share of `total` check-ins concurrently; returns accepted per second.
double checkin_round(Options& o, int total) {
  std::atomic<int> accepted{0};
  std::vector<std::thread> threads;
  const int per_kiosk = std::max(1, total / static_cast<int>(o.kiosks.size()));
  const auto start = SteadyClock::now();
  for (auto& kiosk : o.kiosks) {
    threads.emplace_back([&, per_kiosk] {
      httplib::Client client(o.host, o.port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      for (int i = 0; i < per_kiosk; ++i)
        if (post_checkin(client, kiosk)) ++accepted;
    });
  }
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
  return accepted / seconds;
}

// `threads` displays fetch GET /api/v1/queue back to back for `seconds`; returns requests/s.
double snapshot_round(const Options& o) {
  std::atomic<long> served{0};
  std::atomic<bool> stop{false};
  std::vector<std::thread> threads;
  const auto start = SteadyClock::now();
  for (int i = 0; i < o.snapshot_threads; ++i) {
    threads.emplace_back([&] {
      httplib::Client client(o.host, o.port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      while (!stop) {
        const auto res = client.Get("/api/v1/queue", bearer(o.display_token));
        if (res && res->status == 200) ++served;
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(o.snapshot_seconds));
  stop = true;
  for (auto& t : threads) t.join();
  const double seconds = std::chrono::duration<double>(SteadyClock::now() - start).count();
  return static_cast<double>(served) / seconds;
}

// Holds a long-poll, posts a check-in, and measures from the check-in's 201 to the poll's answer.
std::vector<double> wakeup_latencies_ms(Options& o) {
  std::vector<double> out;
  httplib::Client poster(o.host, o.port);
  for (int i = 0; i < o.wakeups; ++i) {
    httplib::Client probe(o.host, o.port);
    const auto current = probe.Get("/api/v1/queue", bearer(o.display_token));
    if (!current || current->status != 200) continue;
    const auto version = nlohmann::json::parse(current->body).at("version").get<long long>();
    std::atomic<bool> answered{false};
    SteadyClock::time_point answered_at;
    std::thread poller([&] {
      httplib::Client client(o.host, o.port);
      client.set_read_timeout(30, 0);
      const auto res = client.Get("/api/v1/queue?after=" + std::to_string(version) + "&wait=20",
                                  bearer(o.display_token));
      answered_at = SteadyClock::now();
      answered = res && res->status == 200;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));  // let the poll be held
    if (!post_checkin(poster, o.kiosks.front())) {
      poller.join();
      continue;
    }
    const auto accepted_at = SteadyClock::now();
    poller.join();
    if (answered)
      out.push_back(std::chrono::duration<double, std::milli>(answered_at - accepted_at).count());
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Options o = parse_options(argc, argv);
  // Snapshots first, against a realistic lobby (30 people waiting); the check-in rounds then grow
  // the queue into the thousands, a pessimistic day for every later request.
  for (int i = 0; i < 30; ++i) post_checkin_from_any(o);
  std::vector<double> checkins, snapshots;
  for (int r = 0; r < o.rounds; ++r) {
    snapshots.push_back(snapshot_round(o));
    std::printf("round %d queue_snapshots_per_second: %.0f\n", r + 1, snapshots.back());
  }
  for (int r = 0; r < o.rounds; ++r) {
    checkins.push_back(checkin_round(o, o.checkins_per_round));
    std::printf("round %d checkins_per_second: %.0f\n", r + 1, checkins.back());
  }
  const auto latencies = wakeup_latencies_ms(o);
  std::printf("median queue_snapshots_per_second: %.0f (%d clients, 30 waiting)\n",
              median(snapshots), o.snapshot_threads);
  std::printf("median checkins_per_second: %.0f (%zu kiosks; each answered after COMMIT)\n",
              median(checkins), o.kiosks.size());
  std::printf("long_poll_wakeup_ms: median %.2f p99 %.2f over %zu wake-ups\n", median(latencies),
              percentile(latencies, 0.99), latencies.size());
  return latencies.empty() ? 1 : 0;
}
