// The kiosk flow headless against a real stillpoint-server on loopback: an appointment
// check-in and a walk-in, which the server then holds.
//
// The walk-in's intake step is stubbed in this test only (a screen that submits a small fixed
// QuestionnaireResponse): intake_end_to_end_test.cpp fills the real default form by taps.
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
#include "support.h"
#include "test_server.h"


using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

using test::Server;
using test::slurp;

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
  test::Kiosk k(backend, config, test::stub_intake);

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
