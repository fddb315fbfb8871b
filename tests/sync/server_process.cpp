#include "server_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <stdexcept>
#include <thread>

#include <httplib.h>
#include <sqlite3.h>

#include "stillpoint/sync/atomic_file.h"


namespace stillpoint::sync::testing {

using ::stillpoint::testing::spawn_process;
using ::stillpoint::testing::StdoutFile;
using ::stillpoint::testing::wait_process;

std::filesystem::path built_executable(const std::string& name) {
  return std::filesystem::path(STILLPOINT_BINARY_DIR) / "bin" / name;
}

ServerProcess::ServerProcess(std::filesystem::path dir) : dir_(std::move(dir)) {
  std::filesystem::create_directories(dir_);
  const nlohmann::json config = {
      {"assets_dir", std::string(STILLPOINT_SOURCE_DIR) + "/assets"},
      {"http_threads", 24},
      {"long_poll_max_seconds", 25}};
  write_file_atomically(dir_ / "server.json", config.dump());
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    wait_process(pid_);
  }
}

std::vector<std::string> ServerProcess::base_args() const {
  return {built_executable("stillpoint-server").string(), "--config",
          (dir_ / "server.json").string(), "--db", (dir_ / "clinic.db").string()};
}

std::string ServerProcess::add_device(const std::string& name, const std::string& role,
                                      const std::string& prefix) {
  auto args = base_args();
  args.insert(args.end(), {"add-device", "--name", name, "--role", role});
  if (!prefix.empty()) args.insert(args.end(), {"--ticket-prefix", prefix});
  const auto out = dir_ / ("token-" + name + ".txt");
  if (wait_process(spawn_process(args, out, dir_ / "cli.err", StdoutFile::append)) != 0)
    throw std::runtime_error("add-device failed");
  auto token = read_file(out).value_or("");
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r')) token.pop_back();
  return token;
}

void ServerProcess::start(int port) {
  if (port == 0) port = port_;
  auto args = base_args();
  args.insert(args.end(), {"serve", "--listen", "127.0.0.1:" + std::to_string(port)});
  const auto err = dir_ / ("serve-" + std::to_string(++starts_) + ".err");
  pid_ = spawn_process(args, dir_ / "serve.out", err, StdoutFile::append);
  const std::regex listening("listening on 127\\.0\\.0\\.1:([0-9]+)");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    std::smatch match;
    const auto text = read_file(err).value_or("");
    if (std::regex_search(text, match, listening)) {
      port_ = std::stoi(match[1].str());
      httplib::Client probe("127.0.0.1", port_);
      if (auto res = probe.Get("/healthz"); res && res->status == 200) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("stillpoint-server did not start: " + read_file(err).value_or(""));
}

void ServerProcess::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  wait_process(pid_);
  pid_ = -1;
}

std::vector<ServerCheckin> ServerProcess::checkins(const std::string& staff_token) const {
  httplib::Client client("127.0.0.1", port_);
  auto res = client.Get("/api/v1/checkins", {{"Authorization", "Bearer " + staff_token}});
  if (!res || res->status != 200) throw std::runtime_error("cannot list check-ins");
  std::vector<ServerCheckin> out;
  const auto document = nlohmann::json::parse(res->body);
  for (const auto& visit : document.at("checkins"))
    out.push_back({visit.at("id").get<std::string>(), visit.at("ticket").get<std::string>(),
                   visit.value("urgent", false)});
  return out;
}

std::string ServerProcess::integrity_check() const {
  sqlite3* db = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2((dir_ / "clinic.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) ==
      SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_busy_timeout(db, 5000);
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
      result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return result;
}

}  // namespace stillpoint::sync::testing
