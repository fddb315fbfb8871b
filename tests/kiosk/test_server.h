#pragma once
// The real stillpoint-server in a child process with its own temp database and config,
// listening on a free loopback port, and a one-answer stand-in for the intake form (for the
// kiosk's end-to-end tests).
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "child_process.h"
#include "support.h"

namespace stillpoint::kiosk::test {

using ::stillpoint::testing::spawn_process;
using ::stillpoint::testing::wait_process;

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The real server; stopped (SIGTERM) when destroyed.
struct Server {
  std::filesystem::path dir;
  pid_t pid = -1;
  int port = 0;

  explicit Server(std::filesystem::path d) : dir(std::move(d)) {
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "server.json")
        << R"({"assets_dir": ")" << (test::source_dir() / "assets").string() << R"(", "http_threads": 8})";
  }
  ~Server() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      wait_process(pid);
    }
  }
  std::vector<std::string> cli(std::vector<std::string> more) const {
    std::vector<std::string> args{STILLPOINT_SERVER_EXE, "--config", (dir / "server.json").string(),
                                  "--db", (dir / "clinic.db").string()};
    args.insert(args.end(), more.begin(), more.end());
    return args;
  }
  std::string add_device(const std::string& name, const std::string& role, const std::string& prefix = {}) {
    std::vector<std::string> more{"add-device", "--name", name, "--role", role};
    if (!prefix.empty()) more.insert(more.end(), {"--ticket-prefix", prefix});
    const auto out = dir / (name + ".token");
    REQUIRE(wait_process(spawn_process(cli(more), out, dir / "cli.err")) == 0);
    auto token = slurp(out);
    while (!token.empty() && std::isspace(static_cast<unsigned char>(token.back()))) token.pop_back();
    return token;
  }
  void import_csv(const std::string& csv) {
    std::ofstream(dir / "appointments.csv") << csv;
    REQUIRE(wait_process(spawn_process(cli({"import-appointments", (dir / "appointments.csv").string()}),
                           dir / "import.out", dir / "cli.err")) == 0);
  }
  void start() {
    pid = spawn_process(cli({"serve", "--listen", "127.0.0.1:0"}), dir / "serve.out", dir / "serve.err");
    const std::regex listening("listening on 127\\.0\\.0\\.1:([0-9]+)");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
      std::smatch m;
      const auto text = slurp(dir / "serve.err");
      if (std::regex_search(text, m, listening)) {
        port = std::stoi(m[1].str());
        httplib::Client probe("127.0.0.1", port);
        if (auto r = probe.Get("/healthz"); r && r->status == 200) return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    FAIL("stillpoint-server did not start: " << slurp(dir / "serve.err"));
  }
  nlohmann::json checkins(const std::string& staff_token) const {
    httplib::Client client("127.0.0.1", port);
    auto r = client.Get("/api/v1/checkins", {{"Authorization", "Bearer " + staff_token}});
    REQUIRE(r);
    REQUIRE(r->status == 200);
    return nlohmann::json::parse(r->body).at("checkins");
  }
};

// Stands in for the intake renderer where the form is not under test: one answer, sent.
inline std::unique_ptr<ui::Screen> stub_intake(const IntakeHooks& hooks) {
  auto s = std::make_unique<ui::Screen>();
  s->root().add<ui::Label>(ui::literal("Intake (stub)"));
  s->root().add<ui::Button>(ui::literal("Send my answers"), [submit = hooks.submit] {
    submit({{"resourceType", "QuestionnaireResponse"},
            {"status", "completed"},
            {"questionnaire", "https://stillpoint.example/fhir/Questionnaire/intake"},
            {"item", nlohmann::json::array({{{"linkId", "reason"},
                                             {"answer", nlohmann::json::array({{{"valueString", "sleep"}}})}}})}},
           false);
  });
  return s;
}

}  // namespace stillpoint::kiosk::test
