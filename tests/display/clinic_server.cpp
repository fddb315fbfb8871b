#include "clinic_server.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <httplib.h>

#include "child_process.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/uuid.h"


namespace stillpoint::display::testing {

using ::stillpoint::testing::spawn_process;
using ::stillpoint::testing::StdoutFile;
using ::stillpoint::testing::wait_process;
namespace {

std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

ClinicServer::ClinicServer(std::filesystem::path dir) : dir_(std::move(dir)) {
  std::filesystem::remove_all(dir_);
  std::filesystem::create_directories(dir_);
  const nlohmann::json config = {{"assets_dir", std::string(STILLPOINT_SOURCE_DIR) + "/assets"},
                                 {"rooms", {"Room 1", "Room 2"}},
                                 {"http_threads", 16},
                                 {"long_poll_max_seconds", 25}};
  std::ofstream(dir_ / "server.json") << config.dump();
  kiosk_token = add_device("kiosk-1", "kiosk", "A");
  display_token = add_device("lobby-1", "display", "");
  staff_token = add_device("desk-1", "staff", "");
}

ClinicServer::~ClinicServer() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    wait_process(pid_);
  }
}

std::vector<std::string> ClinicServer::base_args() const {
  return {(std::filesystem::path(STILLPOINT_BINARY_DIR) / "bin" / "stillpoint-server").string(),
          "--config", (dir_ / "server.json").string(), "--db", (dir_ / "clinic.db").string()};
}

std::string ClinicServer::add_device(const std::string& name, const std::string& role,
                                     const std::string& prefix) {
  auto args = base_args();
  args.insert(args.end(), {"add-device", "--name", name, "--role", role});
  if (!prefix.empty()) args.insert(args.end(), {"--ticket-prefix", prefix});
  const auto out = dir_ / ("token-" + name);
  if (wait_process(spawn_process(args, out, dir_ / "cli.err")) != 0) throw std::runtime_error("add-device failed");
  std::string token = read_all(out);
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r')) token.pop_back();
  return token;
}

void ClinicServer::import_appointments(const std::vector<std::string>& rows) {
  std::ofstream csv(dir_ / "appointments.csv");
  csv << "first_name,last_name,birth_date,start,practitioner,service\n";
  for (const auto& row : rows) csv << row << "\n";
  csv.close();
  auto args = base_args();
  args.insert(args.end(), {"import-appointments", (dir_ / "appointments.csv").string()});
  if (wait_process(spawn_process(args, dir_ / "import.out", dir_ / "cli.err")) != 0)
    throw std::runtime_error("import-appointments failed: " + read_all(dir_ / "cli.err"));
}

void ClinicServer::start(int port) {
  auto args = base_args();
  args.insert(args.end(), {"serve", "--listen", "127.0.0.1:" + std::to_string(port)});
  const auto err = dir_ / "serve.err";
  std::filesystem::remove(err);
  pid_ = spawn_process(args, dir_ / "serve.out", err);
  const std::regex listening("listening on 127\\.0\\.0\\.1:([0-9]+)");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (std::chrono::steady_clock::now() < deadline) {
    std::smatch match;
    const auto text = read_all(err);
    if (std::regex_search(text, match, listening)) {
      port_ = std::stoi(match[1].str());
      httplib::Client probe("127.0.0.1", port_);
      if (auto res = probe.Get("/healthz"); res && res->status == 200) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  throw std::runtime_error("stillpoint-server did not start: " + read_all(err));
}

void ClinicServer::stop() {
  if (pid_ <= 0) return;
  ::kill(pid_, SIGTERM);
  wait_process(pid_);
  pid_ = -1;
}

int ClinicServer::post(const std::string& path, const std::string& token, const nlohmann::json& body,
                       std::string* reply, const std::string& idempotency_key) const {
  httplib::Client client("127.0.0.1", port_);
  httplib::Headers headers{{"Authorization", "Bearer " + token}};
  if (!idempotency_key.empty()) headers.emplace("Idempotency-Key", idempotency_key);
  auto res = client.Post(path, headers, body.dump(), "application/json");
  if (!res) return 0;
  if (reply) *reply = res->body;
  return res->status;
}

nlohmann::json ClinicServer::device(const std::string& name) const {
  httplib::Client client("127.0.0.1", port_);
  auto res = client.Get("/api/v1/devices", {{"Authorization", "Bearer " + staff_token}});
  if (!res || res->status != 200) return nullptr;
  const auto listing = nlohmann::json::parse(res->body);
  for (const auto& d : listing.at("devices"))
    if (d.at("name") == name) return d;
  return nullptr;
}

nlohmann::json ClinicServer::walk_in(const std::string& ticket, const std::string& answer) {
  nlohmann::json body = {{"id", make_uuid_v4()},          {"ticket", ticket},
                         {"kind", "walk_in"},             {"service", "counselling"},
                         {"language", "en"},              {"created_at", format_timestamp(Clock::now())}};
  if (!answer.empty())
    body["response"] = {{"resourceType", "QuestionnaireResponse"},
                        {"status", "completed"},
                        {"item", {{{"linkId", "reason"}, {"answer", {{{"valueString", answer}}}}}}}};
  return body;
}

int ClinicServer::check_in(const nlohmann::json& body) const {
  return post("/api/v1/checkins", kiosk_token, body, nullptr, body.at("id").get<std::string>());
}

std::string ClinicServer::lookup(const std::string& birth_date, const std::string& initial) const {
  std::string reply;
  if (post("/api/v1/appointments/lookup", kiosk_token, {{"birth_date", birth_date}, {"first_initial", initial}},
           &reply) != 200)
    return {};
  return nlohmann::json::parse(reply).at("appointment_id").get<std::string>();
}

int ClinicServer::call(const std::string& ticket, const std::string& room) const {
  return post("/api/v1/tickets/" + ticket + "/call", staff_token, {{"room", room}});
}

}  // namespace stillpoint::display::testing
