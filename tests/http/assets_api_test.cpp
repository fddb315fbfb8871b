// Forms, the playlist and the staff console's files: ETags, 304s, safe paths, security headers.
#include <doctest/doctest.h>

#include <fstream>

#include "raw_http.h"
#include "test_server.h"

using namespace stillpoint::server::http::testing;

TEST_CASE("a form is served with a strong ETag and 304 while unchanged") {
  TestServer server;
  auto client = server.client();
  const auto form = client.Get("/api/v1/forms/intake", bearer(server.kiosk_token));
  REQUIRE(form);
  CHECK(form->status == 200);
  CHECK(body_json(form)["id"] == "intake");
  const auto etag = form->get_header_value("ETag");
  CHECK(etag.size() == 66);  // quoted SHA-256 hex
  CHECK(etag.front() == '"');

  auto headers = bearer(server.display_token);
  headers.emplace("If-None-Match", etag);
  CHECK(client.Get("/api/v1/forms/intake", headers)->status == 304);

  std::ofstream(server.assets() / "forms" / "intake.json") << R"({"id":"intake","v":2})";
  const auto changed = client.Get("/api/v1/forms/intake", headers);
  CHECK(changed->status == 200);
  CHECK(changed->get_header_value("ETag") != etag);
  CHECK(client.Get("/api/v1/forms/missing", bearer(server.kiosk_token))->status == 404);
}

TEST_CASE("the playlist is served to screens with an ETag") {
  TestServer server;
  auto client = server.client();
  const auto res = client.Get("/api/v1/content/playlist", bearer(server.display_token));
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(body_json(res) == nlohmann::json{{"items", nlohmann::json::array()}});
  auto headers = bearer(server.display_token);
  headers.emplace("If-None-Match", res->get_header_value("ETag"));
  CHECK(client.Get("/api/v1/content/playlist", headers)->status == 304);
}

TEST_CASE("the console page and its files are served with security headers") {
  TestServer server;
  auto client = server.client();
  const auto page = client.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK(page->body.find("Front desk") != std::string::npos);
  CHECK(page->get_header_value("Content-Type").starts_with("text/html"));
  CHECK(page->get_header_value("Content-Security-Policy").starts_with("default-src 'self'"));
  CHECK(page->get_header_value("X-Content-Type-Options") == "nosniff");
  CHECK(page->get_header_value("Referrer-Policy") == "no-referrer");
  CHECK(page->get_header_value("X-Frame-Options") == "DENY");
  CHECK(page->get_header_value("Cache-Control") == "no-cache");
  CHECK(page->get_header_value_count("Cache-Control") == 1);
  const auto script = client.Get("/static/js/app.js");
  CHECK(script->status == 200);
  CHECK(script->get_header_value("Content-Type").starts_with("text/javascript"));
  CHECK(client.Get("/healthz")->get_header_value("Cache-Control") == "no-store");
}

TEST_CASE("console paths cannot leave the staff folder") {
  TestServer server;
  for (const std::string target :
       {"/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/js/..%2F..%2Fsecret.txt",
        "/static/link.txt", "/static/.hidden.txt", "/static/notes.exe", "/static/",
        "/static/js%00/app.js", "/static//etc/passwd"}) {
    CAPTURE(target);
    const auto res = raw_exchange(server.port(), raw_request("GET", target, {}));
    CHECK(res.status == 404);
    CHECK(res.body.find("outside the assets") == std::string::npos);
    CHECK(is_error_envelope(res.body));
  }
}
