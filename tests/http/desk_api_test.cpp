// The front desk's endpoints beyond the queue: the rooms board, matching an offline claim by
// hand, importing a CSV of appointments, reading the intake form. Each refusal is the JSON
// envelope and names no person; the request log neither.
#include <doctest/doctest.h>

#include <algorithm>

#include "stillpoint/core/civil_time.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

const std::vector<std::string> kSentinels = {"Zebulon", "Sentinelname", "1931-07-29",
                                             "1931-02-31"};

// Fails the test when `text` holds a sentinel name or birth date.
void check_no_sentinel(const std::string& text) {
  CAPTURE(text);
  for (const auto& sentinel : kSentinels) CHECK(text.find(sentinel) == std::string::npos);
}

std::string today_at(TestServer& server, int hour, int minute) {
  const auto day = local_date(server.clock().now());
  return format_date(day) + "T" + (hour < 10 ? "0" : "") + std::to_string(hour) + ":" +
         (minute < 10 ? "0" : "") + std::to_string(minute);
}

httplib::Result staff_post(httplib::Client& client, const TestServer& server,
                           const std::string& path, const json& body) {
  return client.Post(path, bearer(server.staff_token), body.dump(), "application/json");
}

// Adds Zebulon Sentinelname's appointment at 10:45 today and returns its id.
std::string add_sentinel_appointment(TestServer& server) {
  Appointment a;
  a.first_name = "Zebulon";
  a.last_name = "Sentinelname";
  a.birth_date = *parse_date("1931-07-29");
  a.start = server.clock().now() + std::chrono::minutes(45);
  a.practitioner = "Dr. Okafor";
  a.service = "rehab";
  return server.clinic().add_appointment(a);
}

// An appointment check-in the kiosk made offline, with a birth date nobody has today.
json offline_claim(const std::string& ticket) {
  json body = walk_in(ticket);
  body["kind"] = "appointment";
  body.erase("service");
  body["claim"] = {{"birth_date", "1931-07-30"}, {"first_initial", "Z"}};
  return body;
}

json error_of(const httplib::Result& res) { return body_json(res)["error"]; }

}  // namespace

TEST_CASE("GET /api/v1/rooms lists every configured room in order, free or with its visit") {
  ServerConfig config;
  config.rooms = {"Room 2", "Quiet room", "Room 1"};
  TestServer server(config);
  auto client = server.client();
  const auto free = client.Get("/api/v1/rooms", bearer(server.staff_token));
  REQUIRE(free);
  CHECK(free->status == 200);
  CHECK(body_json(free) ==
        json::parse(R"({"rooms":[
          {"name":"Room 2","ticket":null,"state":null,"since":null},
          {"name":"Quiet room","ticket":null,"state":null,"since":null},
          {"name":"Room 1","ticket":null,"state":null,"since":null}]})"));

  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-02"))->status == 201);
  REQUIRE(staff_post(client, server, "/api/v1/tickets/A-01/call", {{"room", "Room 1"}})->status == 200);
  const std::string called_at = format_timestamp(server.clock().now());
  server.clock().advance(std::chrono::minutes(2));
  REQUIRE(staff_post(client, server, "/api/v1/tickets/A-02/call", {{"room", "Room 2"}})->status == 200);
  REQUIRE(staff_post(client, server, "/api/v1/tickets/A-02/start", json::object())->status == 200);
  const std::string started_at = format_timestamp(server.clock().now());
  const auto busy = client.Get("/api/v1/rooms", bearer(server.staff_token));
  CHECK(body_json(busy) ==
        json{{"rooms", json::array({
                           {{"name", "Room 2"}, {"ticket", "A-02"}, {"state", "in_session"}, {"since", started_at}},
                           {{"name", "Quiet room"}, {"ticket", nullptr}, {"state", nullptr}, {"since", nullptr}},
                           {{"name", "Room 1"}, {"ticket", "A-01"}, {"state", "called"}, {"since", called_at}},
                       })}});

  const auto bad = client.Get("/api/v1/rooms?all=1", bearer(server.staff_token));
  CHECK(bad->status == 400);
  CHECK(is_error_envelope(bad->body));
}

TEST_CASE("POST /api/v1/tickets/{ticket}/match links an offline claim to its appointment") {
  TestServer server;
  auto client = server.client();
  const std::string appointment_id = add_sentinel_appointment(server);
  REQUIRE(post_checkin(client, server.kiosk_token, offline_claim("A-01"))->status == 201);
  const auto listed = body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)));
  REQUIRE(listed["checkins"].size() == 1);
  CHECK(listed["checkins"][0]["unmatched_claim"] == true);
  CHECK(listed["checkins"][0]["claim"] == json{{"birth_date", "1931-07-30"}, {"first_initial", "Z"}});
  CHECK(listed["checkins"][0]["appointment_id"] == nullptr);
  const auto version = server.clinic().queue_snapshot().version;

  const auto matched = staff_post(client, server, "/api/v1/tickets/A-01/match",
                                  {{"appointment_id", appointment_id}});
  REQUIRE(matched);
  CHECK(matched->status == 200);
  const auto visit = body_json(matched);
  CHECK(visit["ticket"] == "A-01");
  CHECK(visit["kind"] == "appointment");
  CHECK(visit["appointment_id"] == appointment_id);
  CHECK(visit["unmatched_claim"] == false);
  CHECK(visit["claim"] == nullptr);
  CHECK(visit["greeting_name"] == "Zebulon S.");
  CHECK(visit["service"] == "rehab");
  CHECK(visit["appointment_start"] == format_timestamp(server.clock().now() + std::chrono::minutes(45)));
  CHECK(server.clinic().queue_snapshot().version == version + 1);
  // The list agrees, and the appointment shows who arrived.
  const auto after = body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)));
  CHECK(after["checkins"][0] == visit);
  const auto day = format_date(local_date(server.clock().now()));
  const auto appointments =
      body_json(client.Get("/api/v1/appointments?date=" + day, bearer(server.staff_token)));
  CHECK(appointments["appointments"][0]["ticket"] == "A-01");
}

TEST_CASE("POST /api/v1/tickets/{ticket}/match refuses what is not an unmatched claim, changing nothing") {
  TestServer server;
  auto client = server.client();
  const std::string zebulon = add_sentinel_appointment(server);
  Appointment other;
  other.first_name = "Ana";
  other.last_name = "Lima";
  other.birth_date = *parse_date("1990-01-02");
  other.start = server.clock().now() + std::chrono::minutes(15);
  other.practitioner = "Dr. Chen";
  other.service = "massage";
  const std::string ana = server.clinic().add_appointment(other);
  other.start += std::chrono::hours(24);
  const std::string tomorrow = server.clinic().add_appointment(other);

  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  auto online = walk_in("A-02");
  online["kind"] = "appointment";
  online["appointment_id"] = zebulon;
  online.erase("service");
  REQUIRE(post_checkin(client, server.kiosk_token, online)->status == 201);
  REQUIRE(post_checkin(client, server.kiosk_token, offline_claim("A-03"))->status == 201);
  const auto version = server.clinic().queue_snapshot().version;

  struct Case {
    std::string path;
    json body;
    int status;
    std::string code;
    std::string field;
  };
  const std::vector<Case> cases = {
      {"/api/v1/tickets/A-99/match", {{"appointment_id", ana}}, 404, "not_found", "ticket"},
      {"/api/v1/tickets/nonsense/match", {{"appointment_id", ana}}, 404, "not_found", "ticket"},
      {"/api/v1/tickets/A-01/match", {{"appointment_id", ana}}, 409, "not_an_unmatched_claim", "ticket"},
      {"/api/v1/tickets/A-02/match", {{"appointment_id", ana}}, 409, "not_an_unmatched_claim", "ticket"},
      {"/api/v1/tickets/A-03/match", {{"appointment_id", zebulon}}, 409, "appointment_taken", "appointment_id"},
      {"/api/v1/tickets/A-03/match", {{"appointment_id", "no-such-appointment"}}, 422, "unknown_appointment", "appointment_id"},
      {"/api/v1/tickets/A-03/match", {{"appointment_id", tomorrow}}, 422, "unknown_appointment", "appointment_id"},
      {"/api/v1/tickets/A-03/match", json::object(), 400, "invalid_field", "appointment_id"},
      {"/api/v1/tickets/A-03/match", {{"appointment_id", ""}}, 400, "invalid_field", "appointment_id"},
      {"/api/v1/tickets/A-03/match", {{"appointment_id", 7}}, 400, "invalid_field", "appointment_id"},
      {"/api/v1/tickets/A-03/match", {{"appointment_id", ana}, {"name", "Zebulon"}}, 400, "invalid_field", "name"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.path);
    CAPTURE(c.body.dump());
    const auto res = staff_post(client, server, c.path, c.body);
    REQUIRE(res);
    CHECK(res->status == c.status);
    CHECK(is_error_envelope(res->body));
    CHECK(error_of(res)["code"] == c.code);
    CHECK(error_of(res)["field"] == c.field);
    check_no_sentinel(res->body);
  }
  const auto no_body = client.Post("/api/v1/tickets/A-03/match", bearer(server.staff_token), "",
                                   "application/json");
  CHECK(no_body->status == 400);
  CHECK(server.clinic().queue_snapshot().version == version);
  const auto claims = body_json(client.Get("/api/v1/checkins", bearer(server.staff_token)));
  CHECK(claims["checkins"][2]["unmatched_claim"] == true);
  CHECK(claims["checkins"][0]["kind"] == "walk_in");
}

TEST_CASE("POST /api/v1/appointments/import adds every row of a CSV file, or none") {
  TestServer server;
  auto client = server.client();
  const std::string header = "first_name,last_name,birth_date,start,practitioner,service\n";
  const std::string good = header +
                           "Zebulon,Sentinelname,1931-07-29," + today_at(server, 11, 0) + ",Dr. Okafor,rehab\r\n" +
                           "\"Lee, Jr.\",Park,1985-11-20," + today_at(server, 11, 30) + ",\"Roe, Sam\",massage\r\n";
  const auto day = format_date(local_date(server.clock().now()));
  const auto stored = [&] {
    return body_json(client.Get("/api/v1/appointments?date=" + day, bearer(server.staff_token)))["appointments"];
  };

  SUBCASE("a good file: 201 with every id, and importing it again adds nothing") {
    const auto res = staff_post(client, server, "/api/v1/appointments/import", {{"csv", good}});
    REQUIRE(res);
    CHECK(res->status == 201);
    const auto body = body_json(res);
    CHECK(body["added"] == 2);
    REQUIRE(body["ids"].size() == 2);
    const auto list = stored();
    REQUIRE(list.size() == 2);
    CHECK(list[0]["id"] == body["ids"][0]);
    CHECK(list[1]["first_name"] == "Lee, Jr.");
    CHECK(list[1]["practitioner"] == "Roe, Sam");
    const auto again = staff_post(client, server, "/api/v1/appointments/import", {{"csv", good}});
    CHECK(again->status == 201);
    CHECK(body_json(again) == json{{"added", 0}, {"ids", body["ids"]}});
    CHECK(stored().size() == 2);
    const auto only_header = staff_post(client, server, "/api/v1/appointments/import", {{"csv", header}});
    CHECK(body_json(only_header) == json{{"added", 0}, {"ids", json::array()}});
  }

  SUBCASE("a bad line 3 adds nothing, and the refusal names line and column, not the value") {
    const std::string bad = header +
                            "Ana,Lima,1990-01-02," + today_at(server, 10, 0) + ",Dr. Chen,massage\n" +
                            "Zebulon,Sentinelname,1931-02-31," + today_at(server, 11, 0) + ",Dr. Okafor,rehab\n";
    const auto res = staff_post(client, server, "/api/v1/appointments/import", {{"csv", bad}});
    REQUIRE(res);
    CHECK(res->status == 400);
    CHECK(is_error_envelope(res->body));
    CHECK(error_of(res)["code"] == "invalid_field");
    CHECK(error_of(res)["field"] == "csv");
    const std::string message = error_of(res)["message"];
    CHECK(message.find("line 3") != std::string::npos);
    CHECK(message.find("birth_date") != std::string::npos);
    check_no_sentinel(res->body);
    CHECK(stored().empty());
  }

  SUBCASE("every other refusal is the envelope and adds nothing") {
    const std::vector<std::pair<json, std::string>> bodies = {
        {json::object(), "csv"},
        {{{"csv", 42}}, "csv"},
        {{{"csv", ""}}, "csv"},
        {{{"csv", "first,last\nZebulon,Sentinelname\n"}}, "csv"},
        {{{"csv", header + "Zebulon,Sentinelname,1931-07-29\n"}}, "csv"},
        {{{"csv", header + "\"Zebulon,Sentinelname,1931-07-29,x,y,z\n"}}, "csv"},
        {{{"csv", header + "Zebulon,Sentinelname,1931-07-29,teatime,Dr. Okafor,rehab\n"}}, "csv"},
        {{{"csv", good}, {"file", "Zebulon.csv"}}, "file"},
    };
    for (const auto& [body, field] : bodies) {
      CAPTURE(body.dump());
      const auto res = staff_post(client, server, "/api/v1/appointments/import", body);
      REQUIRE(res);
      CHECK(res->status == 400);
      CHECK(is_error_envelope(res->body));
      CHECK(error_of(res)["field"] == field);
      check_no_sentinel(error_of(res)["message"].get<std::string>());
    }
    CHECK(stored().empty());
  }
}

TEST_CASE("an import larger than the body limit is refused before it is read") {
  ServerConfig config;
  config.max_body_bytes = 1024;
  TestServer server(config);
  auto client = server.client();
  const std::string csv = "first_name,last_name,birth_date,start,practitioner,service\n" +
                          std::string(2000, 'x');
  const auto res = staff_post(client, server, "/api/v1/appointments/import", {{"csv", csv}});
  REQUIRE(res);
  CHECK(res->status == 413);
  CHECK(is_error_envelope(res->body));
}

TEST_CASE("staff read the intake form for the console's language") {
  TestServer server;
  auto client = server.client();
  const auto form = client.Get("/api/v1/forms/intake", bearer(server.staff_token));
  REQUIRE(form);
  CHECK(form->status == 200);
  CHECK(body_json(form)["resourceType"] == "Questionnaire");
  CHECK(client.Get("/api/v1/content/playlist", bearer(server.staff_token))->status == 403);
}

TEST_CASE("the desk's new endpoints log no name, birth date or file content") {
  TestServer server;
  auto client = server.client();
  const std::string appointment_id = add_sentinel_appointment(server);
  std::size_t requests = 0;
  const auto count = [&](const httplib::Result& res) {
    REQUIRE(res);
    ++requests;
    return res->status;
  };
  REQUIRE(post_checkin(client, server.kiosk_token, offline_claim("A-01"))->status == 201);
  ++requests;
  const std::string header = "first_name,last_name,birth_date,start,practitioner,service\n";
  CHECK(count(staff_post(client, server, "/api/v1/appointments/import",
                         {{"csv", header + "Zebulon,Sentinelname,1931-02-31," + today_at(server, 9, 0) +
                                      ",Dr. Okafor,rehab\n"}})) == 400);
  CHECK(count(staff_post(client, server, "/api/v1/appointments/import",
                         {{"csv", header + "Zebulon,Sentinelname,1931-07-29," + today_at(server, 9, 0) +
                                      ",Dr. Okafor,rehab\n"}})) == 201);
  CHECK(count(staff_post(client, server, "/api/v1/tickets/A-01/match",
                         {{"appointment_id", appointment_id}})) == 200);
  CHECK(count(client.Get("/api/v1/rooms", bearer(server.staff_token))) == 200);
  CHECK(count(client.Get("/api/v1/checkins", bearer(server.staff_token))) == 200);
  const auto lines = server.log_lines(requests);
  CHECK(lines.size() == requests);
  for (const auto& line : lines) {
    check_no_sentinel(line);
    CHECK(line.find("first_name") == std::string::npos);
  }
  CHECK(std::any_of(lines.begin(), lines.end(), [](const std::string& line) {
    return line.starts_with("POST /api/v1/appointments/import 400 ") && line.ends_with(" desk");
  }));
}
