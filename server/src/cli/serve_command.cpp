// serve [--listen HOST:PORT]: runs the HTTP API until SIGINT or SIGTERM, then stops cleanly:
// stops accepting, releases held long-polls, lets in-flight requests finish, closes the store.
#include <atomic>
#include <csignal>
#include <ctime>
#include <iostream>
#include <thread>

#include <pthread.h>

#include "cli/cli_setup.h"
#include "cli/commands.h"
#include "cli/service_watchdog.h"
#include "http/api_server.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::server {

namespace {

sigset_t shutdown_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

// Waits for SIGINT/SIGTERM, or for the server to end on its own (a failed listener); between
// signal checks it tells systemd how the server is.
void wait_for_shutdown(const sigset_t& signals, const std::atomic<bool>& server_ended,
                       ServiceWatchdog& watchdog) {
  const timespec poll_interval{0, 200'000'000};
  while (!server_ended) {
    watchdog.poll();
    if (sigtimedwait(&signals, nullptr, &poll_interval) > 0) return;
  }
}

}  // namespace

int run_serve(const CommonOptions& common, const std::vector<std::string>& arguments) {
  auto args = arguments;
  const auto listen = take_option(args, "listen");
  require_no_more(args);
  ServerConfig config = load_server_config(common);
  if (listen) {
    try {
      std::tie(config.listen_host, config.listen_port) = parse_listen_address(*listen);
    } catch (const FieldError& e) {
      throw UsageError(std::string("--") + e.what());
    }
  }
  auto clinic = open_clinic(common, config);

  // Signals are taken synchronously by this thread alone: blocked before any worker thread
  // exists, so every thread inherits the mask and none is interrupted mid-request.
  const sigset_t signals = shutdown_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  http::ApiServer server(*clinic);
  const int port = server.bind(config.listen_host, config.listen_port);
  std::cerr << "stillpoint-server: listening on " << config.listen_host << ":" << port << "\n";
  std::atomic<bool> ended{false};
  bool served = true;
  std::thread serving([&] {
    served = server.run();
    ended = true;
  });
  {
    ServiceWatchdog watchdog(config.listen_host, port);
    wait_for_shutdown(signals, ended, watchdog);
  }
  // stop() only takes effect once run() accepts; repeat until the serving thread is done.
  while (!ended) {
    server.stop();
    clinic->release_waiters();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  serving.join();
  std::cerr << "stillpoint-server: stopped\n";
  return served ? 0 : 1;
}

}  // namespace stillpoint::server
