// A corpus of malformed, hostile and mistaken requests. Each must get a 4xx in the JSON error
// envelope, leave the server answering, and write nothing.
#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "raw_http.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/uuid.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::server;
using namespace stillpoint::server::http::testing;
using nlohmann::json;

namespace {

using Headers = std::vector<std::pair<std::string, std::string>>;

struct BadRequest {
  std::string name;
  std::string bytes;  // the whole request as sent
};

// Everything a refused request might have changed.
struct Written {
  long long queue_version = 0;
  std::size_t visits = 0;
  std::size_t appointments = 0;
  bool kiosk_seen = false;
  bool operator==(const Written&) const = default;
};

Written written(TestServer& server) {
  Written w;
  w.queue_version = server.clinic().queue_snapshot().version;
  w.visits = server.clinic().visits(std::nullopt).size();
  w.appointments = server.clinic().appointments_on(local_date(server.clock().now())).size();
  for (const auto& d : server.clinic().devices())
    if (d.name == "kiosk-a") w.kiosk_seen = d.last_seen.has_value();
  return w;
}

Headers kiosk_json(const TestServer& s, const std::string& key) {
  return {{"Authorization", "Bearer " + s.kiosk_token},
          {"Content-Type", "application/json"},
          {"Idempotency-Key", key}};
}

Headers as(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

Headers as_json(const std::string& token) {
  return {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}};
}

std::string checkin(const TestServer& s, const std::function<void(json&)>& change) {
  auto body = walk_in("A-01", "0b5f8d4e-3c2a-4f1b-9a7e-6d5c4b3a2f10");
  change(body);
  const std::string key = body.contains("id") && body["id"].is_string() ? body["id"].get<std::string>() : "x";
  return raw_request("POST", "/api/v1/checkins", kiosk_json(s, key), body.dump());
}

std::vector<BadRequest> corpus(const TestServer& s) {
  const std::string id = "0b5f8d4e-3c2a-4f1b-9a7e-6d5c4b3a2f10";
  const std::string valid = walk_in("A-01", id).dump();
  const auto post = [&](const std::string& path, const Headers& headers, const std::string& body) {
    return raw_request("POST", path, headers, body);
  };
  const auto get = [&](const std::string& target, const std::string& token) {
    return raw_request("GET", target, as(token));
  };
  std::vector<BadRequest> c = {
      // Bodies that are not the JSON object they should be.
      {"malformed JSON", post("/api/v1/checkins", kiosk_json(s, id), R"({"id":)")},
      {"JSON array", post("/api/v1/checkins", kiosk_json(s, id), "[]")},
      {"JSON string", post("/api/v1/checkins", kiosk_json(s, id), R"("walk_in")")},
      {"empty body", post("/api/v1/checkins", kiosk_json(s, id), "")},
      {"invalid UTF-8", post("/api/v1/checkins", kiosk_json(s, id), "{\"id\":\"\xff\xfe\"}")},
      {"trailing garbage", post("/api/v1/checkins", kiosk_json(s, id), valid + "x")},
      {"deeply nested", post("/api/v1/checkins", kiosk_json(s, id),
                             std::string(20000, '[') + std::string(20000, ']'))},
      // Fields: missing, unknown, wrong types, bad values.
      {"missing id", checkin(s, [](json& b) { b.erase("id"); })},
      {"id not a UUID", checkin(s, [](json& b) { b["id"] = "12345"; })},
      {"id UUID version 1", checkin(s, [](json& b) { b["id"] = "0b5f8d4e-3c2a-1f1b-9a7e-6d5c4b3a2f10"; })},
      {"id as number", checkin(s, [](json& b) { b["id"] = 42; })},
      {"unknown field with a name", checkin(s, [](json& b) { b["name"] = "Zebulon Sentinelname"; })},
      {"ticket as number", checkin(s, [](json& b) { b["ticket"] = 7; })},
      {"ticket malformed", checkin(s, [](json& b) { b["ticket"] = "A7"; })},
      {"kind unknown", checkin(s, [](json& b) { b["kind"] = "vip"; })},
      {"walk-in with appointment", checkin(s, [](json& b) { b["appointment_id"] = "x"; })},
      {"appointment without id or claim", checkin(s, [](json& b) { b["kind"] = "appointment"; })},
      {"claim with impossible date", checkin(s, [](json& b) {
         b["kind"] = "appointment";
         b["claim"] = {{"birth_date", "1990-02-30"}};
       })},
      {"claim born in the future", checkin(s, [](json& b) {
         b["kind"] = "appointment";
         b["claim"] = {{"birth_date", "2999-01-01"}};
       })},
      {"language unknown", checkin(s, [](json& b) { b["language"] = "fr"; })},
      {"created_at words", checkin(s, [](json& b) { b["created_at"] = "yesterday"; })},
      {"created_at impossible", checkin(s, [](json& b) { b["created_at"] = "2026-02-30T10:00:00Z"; })},
      {"urgent as string", checkin(s, [](json& b) { b["urgent"] = "yes"; })},
      {"response not a QuestionnaireResponse",
       checkin(s, [](json& b) { b["response"] = {{"resourceType", "Patient"}}; })},
      {"response as array", checkin(s, [](json& b) { b["response"] = json::array(); })},
      // The idempotency key.
      {"Idempotency-Key missing", post("/api/v1/checkins", as_json(s.kiosk_token), valid)},
      {"Idempotency-Key different", post("/api/v1/checkins", kiosk_json(s, make_uuid_v4()), valid)},
      {"Idempotency-Key twice", post("/api/v1/checkins",
                                     [&] { auto h = kiosk_json(s, id); h.emplace_back("Idempotency-Key", id); return h; }(),
                                     valid)},
      // Framing and header tricks.
      {"body over 64 KiB", post("/api/v1/checkins", kiosk_json(s, id),
                                R"({"id":")" + std::string(70 * 1024, 'a') + "\"}")},
      {"Content-Length over the limit, no body",
       post("/api/v1/checkins", [&] { auto h = kiosk_json(s, id); h.emplace_back("Content-Length", "1000000"); return h; }(), "")},
      {"chunked body", [&] {
         auto h = kiosk_json(s, id);
         h.emplace_back("Transfer-Encoding", "chunked");
         return post("/api/v1/checkins", h, "5\r\n{\"a\":\r\n0\r\n\r\n");
       }()},
      {"gzip body", [&] {
         auto h = kiosk_json(s, id);
         h.emplace_back("Content-Encoding", "gzip");
         return post("/api/v1/checkins", h, valid);
       }()},
      {"POST without Content-Length",
       "POST /api/v1/checkins HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer " +
           s.kiosk_token + "\r\nContent-Type: application/json\r\nIdempotency-Key: " + id + "\r\n\r\n"},
      {"duplicate Content-Length", [&] {
         auto h = kiosk_json(s, id);
         h.emplace_back("Content-Length", std::to_string(valid.size()));
         h.emplace_back("Content-Length", std::to_string(valid.size()));
         return post("/api/v1/checkins", h, valid);
       }()},
      {"non-numeric Content-Length", [&] {
         auto h = kiosk_json(s, id);
         h.emplace_back("Content-Length", "12abc");
         return post("/api/v1/checkins", h, valid);
       }()},
      {"text/plain body", post("/api/v1/checkins",
                               {{"Authorization", "Bearer " + s.kiosk_token},
                                {"Content-Type", "text/plain"}, {"Idempotency-Key", id}}, valid)},
      {"form body", post("/api/v1/checkins",
                         {{"Authorization", "Bearer " + s.kiosk_token},
                          {"Content-Type", "application/x-www-form-urlencoded"},
                          {"Idempotency-Key", id}}, "id=1")},
      {"Basic auth", post("/api/v1/checkins",
                          {{"Authorization", "Basic a2lvc2s6cHc="}, {"Content-Type", "application/json"},
                           {"Idempotency-Key", id}}, valid)},
      {"Bearer without token", post("/api/v1/checkins",
                                    {{"Authorization", "Bearer"}, {"Content-Type", "application/json"},
                                     {"Idempotency-Key", id}}, valid)},
      {"Bearer token with spaces", post("/api/v1/checkins",
                                        {{"Authorization", "Bearer " + s.kiosk_token + " extra"},
                                         {"Content-Type", "application/json"}, {"Idempotency-Key", id}}, valid)},
      {"two Authorization headers", [&] {
         auto h = kiosk_json(s, id);
         h.emplace_back("Authorization", "Bearer " + s.kiosk_b_token);
         return post("/api/v1/checkins", h, valid);
       }()},
      {"huge header", raw_request("GET", "/api/v1/queue",
                                  {{"Authorization", "Bearer " + s.display_token},
                                   {"X-Padding", std::string(10000, 'x')}})},
      {"too many headers", [&] {
         Headers h = as(s.display_token);
         for (int i = 0; i < 100; ++i) h.emplace_back("X-H" + std::to_string(i), "1");
         return raw_request("GET", "/api/v1/queue", h);
       }()},
      {"URI too long", get("/api/v1/queue?after=" + std::string(9000, '1'), s.display_token)},
      {"Expect 100-continue with an oversized body", [&] {
         auto h = kiosk_json(s, id);
         h.emplace_back("Expect", "100-continue");
         h.emplace_back("Content-Length", "1000000");
         return post("/api/v1/checkins", h, "");
       }()},
      {"GET with a body", raw_request("GET", "/api/v1/queue", as(s.display_token), "hello")},
      // Query parameters.
      {"after not a number", get("/api/v1/queue?after=abc&wait=1", s.display_token)},
      {"after negative", get("/api/v1/queue?after=-1&wait=1", s.display_token)},
      {"wait too long", get("/api/v1/queue?after=1&wait=26", s.display_token)},
      {"wait without after", get("/api/v1/queue?wait=5", s.display_token)},
      {"after twice", get("/api/v1/queue?after=1&after=2", s.display_token)},
      {"unknown query parameter", get("/api/v1/queue?name=Zebulon", s.display_token)},
      {"appointments without date", get("/api/v1/appointments", s.staff_token)},
      {"appointments bad date", get("/api/v1/appointments?date=2026-13-01", s.staff_token)},
      {"checkins unknown status", get("/api/v1/checkins?status=lost", s.staff_token)},
      // Other resources' bodies.
      {"lookup with a slashed date", post("/api/v1/appointments/lookup", as_json(s.kiosk_token),
                                          R"({"birth_date":"17/03/1950"})")},
      {"lookup with a long initial", post("/api/v1/appointments/lookup", as_json(s.kiosk_token),
                                          R"({"birth_date":"1950-03-17","first_initial":"Zeb"})")},
      {"appointment without last name", post("/api/v1/appointments", as_json(s.staff_token),
                                             R"({"first_name":"Zebulon","birth_date":"1950-03-17",
                                                 "start":"2026-01-05T10:00:00Z","practitioner":"X","service":"rehab"})")},
      {"appointment born in the future", post("/api/v1/appointments", as_json(s.staff_token),
                                              R"({"first_name":"Zebulon","last_name":"S","birth_date":"2999-03-17",
                                                  "start":"2026-01-05T10:00:00Z","practitioner":"X","service":"rehab"})")},
      {"heartbeat negative depth", post("/api/v1/heartbeat", as_json(s.kiosk_token),
                                        R"({"version":"1","outbox_depth":-1})")},
      {"heartbeat fractional depth", post("/api/v1/heartbeat", as_json(s.kiosk_token),
                                          R"({"version":"1","outbox_depth":1.5})")},
      {"call with numeric room", post("/api/v1/tickets/A-01/call", as_json(s.staff_token), R"({"room":5})")},
      {"call with unknown field", post("/api/v1/tickets/A-01/call", as_json(s.staff_token),
                                       R"({"room":"Room 1","note":"x"})")},
      {"start with a body field", post("/api/v1/tickets/A-01/start", as_json(s.staff_token), R"({"x":1})")},
      // Routes and methods.
      {"unknown route", get("/api/v2/queue", s.display_token)},
      {"wrong method", raw_request("PUT", "/api/v1/queue", as_json(s.display_token), "{}")},
      {"unknown method", raw_request("BREW", "/api/v1/queue", as(s.display_token))},
      {"form id with capitals", get("/api/v1/forms/Intake", s.kiosk_token)},
      {"form id traversal", get("/api/v1/forms/..%2F..%2Fclinic", s.kiosk_token)},
  };
  return c;
}

}  // namespace

TEST_CASE("every request in the bad-request corpus is refused cleanly and writes nothing") {
  TestServer server;
  auto client = server.client();
  // One ticket exists, so ticket actions would have something to change.
  REQUIRE(post_checkin(client, server.kiosk_token, walk_in("A-01"))->status == 201);
  const auto requests = corpus(server);
  CHECK(requests.size() >= 40);
  for (const auto& bad : requests) {
    CAPTURE(bad.name);
    const Written before = written(server);
    const auto res = raw_exchange(server.port(), bad.bytes);
    CHECK(res.status >= 400);
    CHECK(res.status < 500);
    CHECK(is_error_envelope(res.body));
    CHECK(res.header("content-type").starts_with("application/json"));
    // Declared, so a client need not wait for the close to know the answer is whole.
    CHECK(res.header("content-length") == std::to_string(res.body.size()));
    const auto health = client.Get("/healthz");
    REQUIRE(health);
    CHECK(health->status == 200);
    CHECK(written(server) == before);
  }
}

TEST_CASE("a chunked body is refused from its headers alone") {
  TestServer server;
  // Headers only: a server that tried to read the body would wait here and the exchange would
  // give up with no response at all.
  const auto res = raw_exchange(server.port(),
                                "POST /api/v1/checkins HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                                "Content-Type: application/json\r\n\r\n");
  CHECK(res.status == 411);
  CHECK(is_error_envelope(res.body));
  const auto big = raw_exchange(server.port(),
                                "POST /api/v1/checkins HTTP/1.1\r\nHost: x\r\nContent-Length: 900000\r\n"
                                "Content-Type: application/json\r\n\r\n");
  CHECK(big.status == 413);
}

TEST_CASE("a wrong method on a known path is 405 with Allow") {
  TestServer server;
  const auto res = raw_exchange(server.port(), raw_request("DELETE", "/api/v1/queue", {}));
  CHECK(res.status == 405);
  CHECK(res.header("allow") == "GET");
  CHECK(is_error_envelope(res.body));
}
