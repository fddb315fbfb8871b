// The walk-in form end to end: a headless kiosk fills the DEFAULT form (assets/forms/intake.json)
// with synthetic taps -- tiles, the slider, both body maps, the on-screen keyboard (letters and
// its digits layer) and the keypad -- submits, and a real stillpoint-server on loopback holds
// the QuestionnaireResponse with exactly those answers.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "intake_driver.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;
using kiosk_intake::FigureView;

namespace {

// The answers of `link_id` anywhere in a QuestionnaireResponse (nested items included).
void collect(const nlohmann::json& items, const std::string& link_id, std::vector<nlohmann::json>& out) {
  for (const auto& item : items) {
    if (item.value("linkId", "") == link_id)
      for (const auto& a : item.value("answer", nlohmann::json::array())) out.push_back(a);
    if (item.contains("item")) collect(item["item"], link_id, out);
    for (const auto& a : item.value("answer", nlohmann::json::array()))
      if (a.contains("item")) collect(a["item"], link_id, out);
  }
}
std::vector<nlohmann::json> answers_of(const nlohmann::json& response, const std::string& link_id) {
  std::vector<nlohmann::json> out;
  collect(response.value("item", nlohmann::json::array()), link_id, out);
  return out;
}
std::vector<std::string> codes_of(const nlohmann::json& response, const std::string& link_id) {
  std::vector<std::string> codes;
  for (const auto& a : answers_of(response, link_id))
    if (a.contains("valueCoding")) codes.push_back(a["valueCoding"]["code"].get<std::string>());
  std::sort(codes.begin(), codes.end());
  return codes;
}

}  // namespace

TEST_CASE("a walk-in fills the default form by touch and the real server holds the expected response") {
  const auto dir = test::scratch_dir("intake-end-to-end");
  std::filesystem::create_directories(dir / "server");
  test::Server server(dir / "server");
  const std::string kiosk_token = server.add_device("lobby-kiosk", "kiosk", "B");
  const std::string staff_token = server.add_device("front-desk", "staff");
  server.start();

  auto config = test::test_config();
  config.server_url = "http://127.0.0.1:" + std::to_string(server.port);
  config.data_dir = (dir / "kiosk").string();
  config.ticket_prefix = "B";
  SystemTimeSource wall;  // the outbox stamps check-ins with the real date the server checks
  std::shared_ptr<KioskBackend> backend = make_device_backend({config, kiosk_token, &wall, true});
  test::Kiosk k(backend, config);  // the real intake renderer, not a stub

  k.tap("Check in");
  k.tap("I'm a walk-in");
  REQUIRE(k.flow->step() == Step::intake);
  test::fill_default_form(k);
  // The review (in parts when long) shows what was typed; Send is on its last part.
  std::string review = k.shown();
  for (int i = 0; i < 6 && !k.has_label(test::intake_word(k, "intake.submit")); ++i) {
    k.tap(test::intake_word(k, "intake.next"));
    review += k.shown();
  }
  CHECK(review.find("ibuprofen 400 mg at 8") != std::string::npos);
  CHECK(review.find("jaw clenching") != std::string::npos);
  k.tap(test::intake_word(k, "intake.submit"));
  REQUIRE(k.flow->step() == Step::ticket);
  CHECK(k.shows("B-01"));

  nlohmann::json held;
  const auto deadline = std::chrono::steady_clock::now() + 30s;
  while (std::chrono::steady_clock::now() < deadline) {
    held = server.checkins(staff_token);
    if (!held.empty()) break;
    std::this_thread::sleep_for(50ms);
  }
  REQUIRE(held.size() == 1);
  const auto& checkin = held[0];
  CHECK(checkin["ticket"] == "B-01");
  CHECK(checkin["kind"] == "walk_in");
  const nlohmann::json& r = checkin["response"];
  INFO("response: " << r.dump());
  CHECK(r["resourceType"] == "QuestionnaireResponse");
  CHECK(r["status"] == "completed");
  CHECK(r["questionnaire"].get<std::string>().find("intake") != std::string::npos);
  CHECK_FALSE(r.contains("subject"));
  CHECK(codes_of(r, "reason") == std::vector<std::string>{"other", "tension-pain"});
  REQUIRE(answers_of(r, "reason-other").size() == 1);
  CHECK(answers_of(r, "reason-other")[0]["valueString"] == "jaw clenching");
  REQUIRE(answers_of(r, "stress-today").size() == 1);
  CHECK(answers_of(r, "stress-today")[0]["valueInteger"] == 7);
  CHECK(codes_of(r, "sleep-week") == std::vector<std::string>{"mostly-well"});
  // Body-map regions arrive by code: the undone foot is absent.
  CHECK(codes_of(r, "tension-areas") == std::vector<std::string>{"hands", "shoulders", "upper-back"});
  CHECK(codes_of(r, "avoid-areas") == std::vector<std::string>{"chest"});
  CHECK(codes_of(r, "pressure") == std::vector<std::string>{"firm"});
  CHECK(codes_of(r, "consent") == std::vector<std::string>{"agree"});
  CHECK(codes_of(r, "surgery-injury") == std::vector<std::string>{"no"});
  CHECK(codes_of(r, "pregnant") == std::vector<std::string>{"yes"});
  REQUIRE(answers_of(r, "pregnancy-weeks").size() == 1);
  CHECK(answers_of(r, "pregnancy-weeks")[0]["valueInteger"] == 31);
  REQUIRE(answers_of(r, "anything-else").size() == 1);
  CHECK(answers_of(r, "anything-else")[0]["valueString"] == "ibuprofen 400 mg at 8");
  CHECK(codes_of(r, "talk-care-team") == std::vector<std::string>{"no"});
  CHECK((!checkin.contains("urgent") || checkin["urgent"] == false));
  CHECK(backend->status().outbox_depth == 0);
  // Nothing typed reaches the server's log.
  const auto log = test::slurp(server.dir / "serve.err");
  CHECK(log.find("jaw clenching") == std::string::npos);
  CHECK(log.find("ibuprofen") == std::string::npos);
  k.flow.reset();
}

TEST_CASE("the review can hide every answer from people nearby, and show them again") {
  test::Kiosk k;
  k.flow->choose_walk_in();
  test::fill_default_form(k);
  CHECK(k.shows("jaw clenching"));
  k.tap(test::intake_word(k, "intake.review.hide"));
  CHECK_FALSE(k.shows("jaw clenching"));
  CHECK_FALSE(k.shows("Muscle tension or pain"));
  CHECK(k.shows(test::intake_word(k, "intake.review.answered")));
  CHECK(k.shows("What brings you in today? Choose all that fit."));  // the questions stay
  // Hidden on every part of the review, not just the one with the button.
  for (int i = 0; i < 6 && !k.has_label(test::intake_word(k, "intake.submit")); ++i) {
    k.tap(test::intake_word(k, "intake.next"));
    CHECK_FALSE(k.shows("ibuprofen"));
  }
  // "Show" is where "Hide" was, on the review's first part.
  while (test::intake_of(k).part() > 0) test::intake_of(k).back();
  k.tap(test::intake_word(k, "intake.review.show"));
  CHECK(k.shows("jaw clenching"));
}
