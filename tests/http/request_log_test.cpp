// The request log: one line per request with method, path, status, time and caller, and never
// a body, a query string, a name, a birth date or an intake answer.
#include <doctest/doctest.h>

#include <algorithm>
#include <regex>

#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

TEST_CASE("the request log names requests and callers but holds no personal data") {
  TestServer server;
  auto client = server.client();
  const std::vector<std::string> sentinels = {"Zebulon", "Sentinelname", "1931-07-29",
                                              "Quetzalcoatl-answer", server.kiosk_token};
  Appointment a;
  a.first_name = "Zebulon";
  a.last_name = "Sentinelname";
  a.birth_date = *parse_date("1931-07-29");
  a.start = server.clock().now() + std::chrono::minutes(5);
  a.practitioner = "Dr. Okafor";
  a.service = "rehab";
  const auto appointment_id = server.clinic().add_appointment(a);

  std::size_t requests = 0;
  const auto count = [&](const httplib::Result& res) {
    REQUIRE(res);
    ++requests;
    return res->status;
  };
  CHECK(count(client.Post("/api/v1/appointments/lookup", bearer(server.kiosk_token),
                          R"({"birth_date":"1931-07-29","first_initial":"Z"})", "application/json")) == 200);
  auto body = walk_in("A-01");
  body["kind"] = "appointment";
  body["appointment_id"] = appointment_id;
  body["response"] = {{"resourceType", "QuestionnaireResponse"},
                      {"item", json::array({{{"linkId", "why"},
                                             {"answer", json::array({{{"valueString", "Quetzalcoatl-answer"}}})}}})}};
  CHECK(count(post_checkin(client, server.kiosk_token, body)) == 201);
  body["unexpected"] = "Zebulon Sentinelname";  // refused, and its body must not be logged
  CHECK(count(post_checkin(client, server.kiosk_token, body)) == 400);
  CHECK(count(client.Get("/api/v1/checkins?status=waiting", bearer(server.staff_token))) == 200);
  CHECK(count(client.Get("/api/v1/queue?after=0&wait=0", bearer(server.display_token))) == 200);
  CHECK(count(client.Get("/api/v1/queue?name=Zebulon", bearer(server.display_token))) == 400);
  CHECK(count(client.Get("/api/v1/queue", bearer("Zebulon-Sentinelname"))) == 401);

  const auto lines = server.log_lines(requests);
  REQUIRE(lines.size() == requests);
  const std::regex shape(R"(^[A-Z]+ /\S* \d{3} \d+ms \S+$)");
  for (const auto& line : lines) {
    CAPTURE(line);
    CHECK(std::regex_match(line, shape));
    CHECK(line.find('?') == std::string::npos);
    CHECK(line.find('{') == std::string::npos);
    for (const auto& sentinel : sentinels) CHECK(line.find(sentinel) == std::string::npos);
  }
  // httplib logs after the reply is sent, so lines of back-to-back requests may swap places.
  const auto logged = [&](const std::string& start, const std::string& caller) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
      return line.starts_with(start) && line.ends_with(" " + caller);
    });
  };
  CHECK(logged("POST /api/v1/appointments/lookup 200 ", "kiosk-a"));
  CHECK(logged("POST /api/v1/checkins 201 ", "kiosk-a"));
  CHECK(logged("POST /api/v1/checkins 400 ", "kiosk-a"));
  CHECK(logged("GET /api/v1/checkins 200 ", "desk"));
  CHECK(logged("GET /api/v1/queue 200 ", "lobby"));
  CHECK(logged("GET /api/v1/queue 400 ", "lobby"));
  CHECK(logged("GET /api/v1/queue 401 ", "-"));
}
