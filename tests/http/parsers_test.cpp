// Pure tests of request parsing, routing patterns, paths and log lines: no sockets.
#include <doctest/doctest.h>

#include "http/parsers/parsers.h"
#include "http/request_log.h"
#include "http/route_table.h"
#include "http/static_files.h"
#include "stillpoint/core/json_reader.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http;
using nlohmann::json;

namespace {

const Date today{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{5}};

json checkin_body() {
  return json{{"id", "0b5f8d4e-3c2a-4f1b-9a7e-6d5c4b3a2f10"}, {"ticket", "A-07"},
              {"kind", "walk_in"}, {"language", "es"}, {"created_at", "2026-01-05T09:30:00Z"}};
}

std::string field_of(const auto& parse) {
  try {
    parse();
  } catch (const FieldError& e) {
    return e.field();
  }
  return "<accepted>";
}

}  // namespace

TEST_CASE("a walk-in check-in body is read with every field") {
  auto body = checkin_body();
  body["urgent"] = true;
  body["service"] = "rehab";
  body["response"] = {{"resourceType", "QuestionnaireResponse"}, {"status", "completed"}};
  const auto request = parse_checkin_body(body, today);
  CHECK(request.id == "0b5f8d4e-3c2a-4f1b-9a7e-6d5c4b3a2f10");
  CHECK(request.ticket == "A-07");
  CHECK(request.kind == VisitKind::walk_in);
  CHECK(request.language == "es");
  CHECK(request.urgent);
  CHECK(request.service == "rehab");
  REQUIRE(request.response);
  CHECK((*request.response)["status"] == "completed");
}

TEST_CASE("the check-in fingerprint ignores key order but not values") {
  const auto a = parse_checkin_body(checkin_body(), today);
  const auto reordered = json::parse(
      R"({"language":"es","created_at":"2026-01-05T09:30:00Z","kind":"walk_in","ticket":"A-07",
          "id":"0b5f8d4e-3c2a-4f1b-9a7e-6d5c4b3a2f10"})");
  CHECK(parse_checkin_body(reordered, today).fingerprint == a.fingerprint);
  auto changed = checkin_body();
  changed["language"] = "en";
  CHECK(parse_checkin_body(changed, today).fingerprint != a.fingerprint);
}

TEST_CASE("an offline appointment check-in carries its claim") {
  auto body = checkin_body();
  body["kind"] = "appointment";
  body["claim"] = {{"birth_date", "1980-04-02"}, {"first_initial", "j"}};
  const auto request = parse_checkin_body(body, today);
  REQUIRE(request.claim);
  CHECK(request.claim->first_initial == "j");
  CHECK(!request.appointment_id);
}

TEST_CASE("a check-in body names the field it refuses") {
  const auto refused = [](auto change) {
    auto body = checkin_body();
    change(body);
    return field_of([&] { parse_checkin_body(body, today); });
  };
  CHECK(refused([](json& b) { b["id"] = "not-a-uuid"; }) == "id");
  CHECK(refused([](json& b) { b["id"] = "0b5f8d4e-3c2a-1f1b-9a7e-6d5c4b3a2f10"; }) == "id");
  CHECK(refused([](json& b) { b.erase("ticket"); }) == "ticket");
  CHECK(refused([](json& b) { b["ticket"] = "A7"; }) == "ticket");
  CHECK(refused([](json& b) { b["kind"] = "vip"; }) == "kind");
  CHECK(refused([](json& b) { b["appointment_id"] = "x"; }) == "appointment_id");
  CHECK(refused([](json& b) { b["kind"] = "appointment"; }) == "appointment_id");
  CHECK(refused([](json& b) { b["language"] = "fr"; }) == "language");
  CHECK(refused([](json& b) { b["created_at"] = "yesterday"; }) == "created_at");
  CHECK(refused([](json& b) { b["urgent"] = "yes"; }) == "urgent");
  CHECK(refused([](json& b) { b["response"] = {{"resourceType", "Patient"}}; }) ==
        "response.resourceType");
  CHECK(refused([](json& b) { b["name"] = "Zebulon"; }) == "name");
  CHECK(refused([](json& b) {
          b["kind"] = "appointment";
          b["claim"] = {{"birth_date", "2999-01-01"}};
        }) == "claim.birth_date");
  CHECK(refused([](json& b) {
          b["kind"] = "appointment";
          b["claim"] = {{"birth_date", "1980-01-01"}, {"first_initial", "Jo"}};
        }) == "claim.first_initial");
}

TEST_CASE("lookup and appointment and heartbeat and call and sign-in bodies are strict") {
  CHECK(parse_lookup_body(json{{"birth_date", "1980-04-02"}}, today).birth_date ==
        Date{std::chrono::year{1980}, std::chrono::month{4}, std::chrono::day{2}});
  CHECK(field_of([] { parse_lookup_body(json{{"birth_date", "02/04/1980"}}, today); }) ==
        "birth_date");
  CHECK(field_of([] {
          parse_lookup_body(json{{"birth_date", "1980-04-02"}, {"first_initial", "7"}}, today);
        }) == "first_initial");
  const json appointment{{"first_name", "Jordan"}, {"last_name", "Rivers"},
                         {"birth_date", "1980-04-02"}, {"start", "2026-01-05T10:30:00Z"},
                         {"practitioner", "Dr. Okafor"}, {"service", "rehab"}};
  CHECK(parse_appointment_body(appointment, today).first_name == "Jordan");
  auto no_start = appointment;
  no_start["start"] = "soon";
  CHECK(field_of([&] { parse_appointment_body(no_start, today); }) == "start");
  CHECK(parse_heartbeat_body(json{{"version", "1.2.0"}, {"outbox_depth", 3}}).outbox_depth == 3);
  CHECK(field_of([] { parse_heartbeat_body(json{{"version", "1"}, {"outbox_depth", -1}}); }) ==
        "outbox_depth");
  CHECK(parse_call_body(json{{"room", "Room 1"}}) == "Room 1");
  CHECK(field_of([] { parse_call_body(json{{"room", ""}}); }) == "room");
  CHECK(field_of([] { parse_empty_body(json{{"room", "Room 1"}}); }) == "room");
  CHECK(parse_sign_in_body(json{{"user", "alice"}, {"password", "pw"}}).user == "alice");
  CHECK(field_of([] { parse_sign_in_body(json{{"user", "alice"}}); }) == "password");
}

TEST_CASE("route patterns become anchored regexes capturing their parameters") {
  CHECK(pattern_regex("/api/v1/tickets/{ticket}/call") == "/api/v1/tickets/([^/]+)/call");
  CHECK(pattern_regex("/static/{path}") == "/static/(.+)");
  CHECK(pattern_regex("/healthz") == "/healthz");
  REQUIRE(find_route("POST", "/api/v1/tickets/A-07/no-show"));
  CHECK(find_route("POST", "/api/v1/tickets/A-07/no-show")->pattern ==
        "/api/v1/tickets/{ticket}/no-show");
  CHECK(find_route("HEAD", "/api/v1/queue") != nullptr);
  CHECK(find_route("PUT", "/api/v1/queue") == nullptr);
  CHECK(methods_for_path("/api/v1/session").size() == 3);
}

TEST_CASE("static paths refuse traversal and hidden files and odd characters") {
  const std::filesystem::path root = "/srv/assets/staff";
  CHECK(safe_relative_path(root, "js/app.js") == root / "js" / "app.js");
  CHECK(!safe_relative_path(root, "../secret.txt"));
  CHECK(!safe_relative_path(root, "js/../../secret.txt"));
  CHECK(!safe_relative_path(root, ".env"));
  CHECK(!safe_relative_path(root, "js//app.js"));
  CHECK(!safe_relative_path(root, "/etc/passwd"));
  CHECK(!safe_relative_path(root, "a b.js"));
  CHECK(!safe_relative_path(root, "a/b/c/d/e/f/g/h/i.js"));
  CHECK(content_type_for("app.js") == "text/javascript; charset=utf-8");
  CHECK(!content_type_for("notes.exe"));
}

TEST_CASE("a log line holds method and path and status and time and caller and cannot be forged") {
  CHECK(format_log_line("GET", "/api/v1/queue", 200, 3, "lobby") == "GET /api/v1/queue 200 3ms lobby");
  const auto line = format_log_line("GET", "/x\nPOST /forged 201", 404, 0, "-");
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.find(' ', 4) > line.find("forged"));  // the whole path stays one field
}
