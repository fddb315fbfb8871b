#include "test_server.h"

#include <chrono>
#include <fstream>
#include <stdexcept>

#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/uuid.h"
#include "store/sqlite_store.h"

namespace stillpoint::server::http::testing {

namespace fs = std::filesystem;

namespace {

void write_file(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

ServerConfig with_assets(ServerConfig config, const fs::path& assets) {
  config.assets_dir = assets.string();
  return config;
}

}  // namespace

TestServer::TestServer(ServerConfig config)
    : assets_(dir_.path() / "assets"),
      config_(with_assets(std::move(config), assets_)),
      // Whole seconds, mid-morning today: the lookup window and "today" behave as in a clinic.
      clock_(local_midnight(local_date(Clock::now())) + std::chrono::hours(10)) {
  write_assets();
  clinic_ = std::make_unique<Clinic>(std::make_unique<SqliteStore>((dir_.path() / "clinic.db").string()),
                                     config_, clock_);
  kiosk_token = clinic_->add_device("kiosk-a", DeviceRole::kiosk, "A");
  kiosk_b_token = clinic_->add_device("kiosk-b", DeviceRole::kiosk, "B");
  display_token = clinic_->add_device("lobby", DeviceRole::display, "");
  staff_token = clinic_->add_device("desk", DeviceRole::staff, "");
  start();
}

TestServer::~TestServer() { stop(); }

void TestServer::write_assets() {
  write_file(assets_ / "forms" / "intake.json", R"({"resourceType":"Questionnaire","id":"intake"})");
  write_file(assets_ / "content" / "playlist.json", R"({"items":[]})");
  write_file(assets_ / "staff" / "index.html", "<!doctype html><title>Front desk</title>");
  write_file(assets_ / "staff" / "js" / "app.js", "console.log('desk');");
  write_file(assets_ / "staff" / "notes.exe", "MZ");
  write_file(assets_ / "staff" / ".hidden.txt", "hidden");
  write_file(dir_.path() / "secret.txt", "outside the assets");
  fs::create_symlink(dir_.path() / "secret.txt", assets_ / "staff" / "link.txt");
}

void TestServer::start() {
  server_ = std::make_unique<ApiServer>(*clinic_, [this](std::string_view line) {
    std::lock_guard lock(log_mutex_);
    log_.emplace_back(line);
  });
  port_ = server_->bind("127.0.0.1", 0);
  thread_ = std::thread([this] { server_->run(); });
  for (int i = 0; i < 5000 && !server_->is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  if (!server_->is_running()) throw std::runtime_error("the test server did not start");
}

void TestServer::stop() {
  if (!server_) return;
  server_->stop();
  thread_.join();
  server_.reset();
}

void TestServer::restart() {
  stop();
  clinic_.reset();
  clinic_ = std::make_unique<Clinic>(std::make_unique<SqliteStore>((dir_.path() / "clinic.db").string()),
                                     config_, clock_);
  start();
}

std::vector<std::string> TestServer::log_lines(std::size_t at_least) {
  for (int i = 0; i < 2000; ++i) {
    {
      std::lock_guard lock(log_mutex_);
      if (log_.size() >= at_least) return log_;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  std::lock_guard lock(log_mutex_);
  return log_;
}

httplib::Client TestServer::client() const {
  httplib::Client client("127.0.0.1", port_);
  client.set_read_timeout(40, 0);
  client.set_write_timeout(10, 0);
  client.set_connection_timeout(10, 0);
  return client;
}

httplib::Headers bearer(const std::string& token) {
  return {{"Authorization", "Bearer " + token}};
}

nlohmann::json walk_in(const std::string& ticket, const std::string& id) {
  return {{"id", id.empty() ? make_uuid_v4() : id},
          {"ticket", ticket},
          {"kind", "walk_in"},
          {"service", "massage"},
          {"language", "en"},
          // An hour before the test clock's 10:00 today: the kiosk made it just now.
          {"created_at", format_timestamp(local_midnight(local_date(Clock::now())) + std::chrono::hours(9))}};
}

httplib::Result post_checkin(httplib::Client& client, const std::string& token,
                             const nlohmann::json& body) {
  auto headers = bearer(token);
  headers.emplace("Idempotency-Key", body.at("id").get<std::string>());
  return client.Post("/api/v1/checkins", headers, body.dump(), "application/json");
}

nlohmann::json body_json(const httplib::Result& res) {
  if (!res) return nullptr;
  return nlohmann::json::parse(res->body, nullptr, /*allow_exceptions=*/false);
}

HeldLongPoll::HeldLongPoll(const TestServer& server, long long after)
    : thread_([this, &server, after] {
        auto client = server.client();
        const auto res = client.Get("/api/v1/queue?after=" + std::to_string(after) + "&wait=20",
                                    bearer(server.display_token));
        if (!res) return;
        status_ = res->status;
        body_ = body_json(res);
      }) {}

HeldLongPoll::~HeldLongPoll() {
  if (thread_.joinable()) thread_.join();
}

std::pair<int, nlohmann::json> HeldLongPoll::finish() {
  if (thread_.joinable()) thread_.join();
  return {status_, body_};
}

bool is_error_envelope(const std::string& body) {
  const auto doc = nlohmann::json::parse(body, nullptr, false);
  if (!doc.is_object() || doc.size() != 1 || !doc.contains("error")) return false;
  const auto& error = doc["error"];
  if (!error.is_object() || !error.contains("code") || !error.contains("message")) return false;
  if (!error["code"].is_string() || !error["message"].is_string()) return false;
  for (const auto& [key, value] : error.items()) {
    if (key != "code" && key != "message" && key != "field") return false;
    if (!value.is_string()) return false;
  }
  return true;
}

}  // namespace stillpoint::server::http::testing
