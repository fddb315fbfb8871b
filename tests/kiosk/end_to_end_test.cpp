// The kiosk flow headless against a real stillpoint-server on loopback: an appointment
// check-in and a walk-in, which the server then holds.
//
// The walk-in's intake step is stubbed in this test only (a screen that submits a small fixed
// QuestionnaireResponse): filling the whole default form by taps is kiosk/intake's own test.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>

#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <thread>

#include <httplib.h>

#include "stillpoint/core/civil_time.h"
#include "child_process.h"
#include "support.h"


using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

using ::stillpoint::testing::spawn_process;
using ::stillpoint::testing::StdoutFile;
using ::stillpoint::testing::wait_process;

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The real server in a child process with its own temp database and config.
struct Server {
  std::filesystem::path dir;
  pid_t pid = -1;
  int port = 0;

  explicit Server(std::filesystem::path d) : dir(std::move(d)) {
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
    const auto deadline = std::chrono::steady_clock::now() + 30s;
    while (std::chrono::steady_clock::now() < deadline) {
      std::smatch m;
      const auto text = slurp(dir / "serve.err");
      if (std::regex_search(text, m, listening)) {
        port = std::stoi(m[1].str());
        httplib::Client probe("127.0.0.1", port);
        if (auto r = probe.Get("/healthz"); r && r->status == 200) return;
      }
      std::this_thread::sleep_for(20ms);
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

// Stands in for the intake renderer in this test only.
std::unique_ptr<ui::Screen> stub_intake(const IntakeHooks& hooks) {
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

}  // namespace

TEST_CASE("a headless kiosk checks in an appointment and a walk-in with a real server, which holds both") {
  const auto dir = test::scratch_dir("end-to-end");
  std::filesystem::create_directories(dir / "server");
  Server server(dir / "server");
  const std::string kiosk_token = server.add_device("lobby-kiosk", "kiosk", "A");
  const std::string staff_token = server.add_device("front-desk", "staff");
  // A fictional person whose appointment starts in ten minutes.
  const std::string start = format_timestamp(Clock::now() + 10min);
  server.import_csv("first_name,last_name,birth_date,start,practitioner,service\n"
                    "Jordan,Rivera,1985-06-14," + start + ",Sam,massage\n");
  server.start();

  auto config = test::test_config();
  config.server_url = "http://127.0.0.1:" + std::to_string(server.port);
  config.data_dir = (dir / "kiosk").string();
  SystemTimeSource wall;  // the outbox stamps check-ins with the real date the server checks
  std::shared_ptr<KioskBackend> backend = make_device_backend({config, kiosk_token, &wall, true});
  test::Kiosk k(backend, config, stub_intake);

  // The appointment.
  k.tap("Check in");
  k.tap("I have an appointment");
  k.type("06141985");
  k.tap("Continue");
  k.settle();
  REQUIRE(k.flow->step() == Step::confirm);
  CHECK(k.shows("Jordan R., "));
  CHECK(k.shows("with Sam. Is this you?"));
  k.tap("Yes, that's me");
  k.tap("Skip this question");
  REQUIRE(k.flow->step() == Step::ticket);
  CHECK(k.shows("A-01"));
  k.tap("Done");

  // The walk-in.
  k.tap("Check in");
  k.tap("I'm a walk-in");
  k.tap("Send my answers");
  REQUIRE(k.flow->step() == Step::ticket);
  CHECK(k.shows("A-02"));

  // The sender delivers in the background; the front desk sees both.
  nlohmann::json held;
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  while (std::chrono::steady_clock::now() < deadline) {
    held = server.checkins(staff_token);
    if (held.size() >= 2) break;
    std::this_thread::sleep_for(50ms);
  }
  REQUIRE(held.size() == 2);
  std::map<std::string, nlohmann::json> by_ticket;
  for (const auto& c : held) by_ticket[c.at("ticket").get<std::string>()] = c;
  REQUIRE(by_ticket.count("A-01") == 1);
  REQUIRE(by_ticket.count("A-02") == 1);
  CHECK(by_ticket["A-01"]["kind"] == "appointment");
  CHECK(by_ticket["A-01"]["greeting_name"] == "Jordan R.");
  CHECK(by_ticket["A-01"]["unmatched_claim"] == false);
  CHECK(by_ticket["A-02"]["kind"] == "walk_in");
  CHECK(by_ticket["A-02"]["response"]["item"][0]["linkId"] == "reason");
  // Nothing waits in the kiosk's outbox any more.
  CHECK(backend->status().outbox_depth == 0);
  // The server's request log names no one.
  const auto log = slurp(server.dir / "serve.err");
  CHECK(log.find("Jordan") == std::string::npos);
  CHECK(log.find("1985-06-14") == std::string::npos);
  k.flow.reset();
}
