#include "readme_tree.h"

#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "child_process.h"

namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace stillpoint::system_test {
namespace {

int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    ::close(fd);
    throw std::runtime_error("no free port");
  }
  ::close(fd);
  return ntohs(addr.sin_port);
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string quoted(const std::string& word) {
  std::string out = "'";
  for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Only the port moves: every other field, relative paths included, stays as shipped.
void change_port(const fs::path& file, const char* field, const std::string& value) {
  auto config = nlohmann::json::parse(slurp(file));
  if (!config.contains(field)) throw std::runtime_error(file.string() + " has no " + field);
  config[field] = value;
  std::ofstream(file) << config.dump(2);
}

bool port_open(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  const bool open = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  ::close(fd);
  return open;
}

}  // namespace

ReadmeTree::ReadmeTree(fs::path root) : root_(std::move(root)), port_(free_port()) {
  const fs::path source = STILLPOINT_SOURCE_DIR;
  fs::copy(source / "config", root_ / "config", fs::copy_options::recursive);
  fs::copy(source / "assets", root_ / "assets", fs::copy_options::recursive);
  fs::create_directories(root_ / "var");
  const std::string address = "127.0.0.1:" + std::to_string(port_);
  change_port(root_ / "config" / "server.json", "listen", address);
  change_port(root_ / "config" / "kiosk.json", "server_url", "http://" + address);
  change_port(root_ / "config" / "lobby.json", "server_url", "http://" + address);
}

std::string ReadmeTree::server_exe() { return STILLPOINT_SERVER_EXE; }
std::string ReadmeTree::kiosk_exe() { return STILLPOINT_KIOSK_EXE; }

void ReadmeTree::shell(const std::string& command) const {
  const pid_t pid = testing::spawn_process({"/bin/sh", "-c", "cd " + quoted(root_.string()) + " && " + command},
                                           root_ / "setup.log", root_ / "setup.log",
                                           testing::StdoutFile::append);
  if (testing::wait_process(pid) != 0)
    throw std::runtime_error("set-up failed: " + command + "\n" + slurp(root_ / "setup.log"));
}

void ReadmeTree::run_setup() {
  const std::string server = quoted(server_exe()) + " --config config/server.json --db var/clinic.db";
  shell("printf 'a-long-front-desk-password\\n' | " + server + " add-staff --user frontdesk");
  shell(server + " add-device --name 'Front kiosk' --role kiosk --ticket-prefix A > var/kiosk.token");
  shell(server + " add-device --name 'Waiting room TV' --role display > var/lobby.token");
  shell(server + " add-device --name 'Front desk script' --role staff > var/staff.token");
}

pid_t ReadmeTree::start(const std::string& name, const std::vector<std::string>& argv) {
  std::string command = "cd " + quoted(root_.string()) + " && SDL_VIDEODRIVER=offscreen exec";
  for (const auto& a : argv) command += " " + quoted(a);
  return testing::spawn_process({"/bin/sh", "-c", command}, root_ / (name + ".log"), root_ / (name + ".log"));
}

bool ReadmeTree::wait_for_port(std::chrono::seconds limit) const {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    if (port_open(port_)) return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

bool ReadmeTree::wait_for_file(const std::string& relative, std::chrono::seconds limit) const {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    if (fs::exists(root_ / relative)) return true;
    std::this_thread::sleep_for(10ms);
  }
  return false;
}

bool ReadmeTree::wait_for_text(const std::string& relative, const std::string& text,
                               std::chrono::seconds limit) const {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < until) {
    if (slurp(root_ / relative).find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

void ReadmeTree::copy_from_checkout(const std::string& folder) const {
  fs::copy(fs::path(STILLPOINT_SOURCE_DIR) / folder, root_ / folder, fs::copy_options::recursive);
}

std::string ReadmeTree::log(const std::string& name) const { return slurp(root_ / (name + ".log")); }

std::string ReadmeTree::read(const std::string& relative) const {
  auto text = slurp(root_ / relative);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

void ReadmeTree::write(const std::string& relative, const std::string& text) const {
  std::ofstream(root_ / relative) << text;
}

int stop(pid_t pid, std::chrono::seconds limit) {
  ::kill(pid, SIGTERM);
  return wait_exit(pid, limit);
}

int wait_exit(pid_t pid, std::chrono::seconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  int status = 0;
  while (std::chrono::steady_clock::now() < until) {
    const pid_t done = ::waitpid(pid, &status, WNOHANG);
    if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    std::this_thread::sleep_for(20ms);
  }
  ::kill(pid, SIGKILL);
  testing::wait_process(pid);
  return -SIGKILL;
}

std::vector<pid_t> processes_started_in(const fs::path& root) {
  std::vector<pid_t> found;
  std::error_code ec;
  const auto wanted = fs::canonical(root, ec);
  for (const auto& entry : fs::directory_iterator("/proc", ec)) {
    const auto name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::error_code link_error;
    const auto cwd = fs::read_symlink(entry.path() / "cwd", link_error);
    if (!link_error && cwd == wanted) found.push_back(static_cast<pid_t>(std::stoi(name)));
  }
  return found;
}

}  // namespace stillpoint::system_test

namespace stillpoint::system_test {

std::string describe(const std::vector<pid_t>& pids) {
  std::string out;
  for (const pid_t pid : pids) {
    auto command = slurp(fs::path("/proc") / std::to_string(pid) / "cmdline");
    for (char& c : command)
      if (c == '\0') c = ' ';
    out += std::to_string(pid) + " " + command + "\n";
  }
  return out;
}

}  // namespace stillpoint::system_test
