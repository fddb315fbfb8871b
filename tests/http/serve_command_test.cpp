// `stillpoint-server serve` as an operator runs it: it listens, answers, and on SIGTERM stops
// cleanly with exit code 0.
#include <doctest/doctest.h>

#include <csignal>
#include <fstream>
#include <string>

#include <httplib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test_server.h"

using namespace stillpoint::server::http::testing;

namespace {

// Starts the server with stderr on a pipe; returns its pid and the pipe's read end.
std::pair<pid_t, int> spawn_server(const std::string& config, const std::string& db) {
  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(pipe_fds[1], STDERR_FILENO);
    ::close(pipe_fds[0]);
    ::execl(STILLPOINT_SERVER_BIN, STILLPOINT_SERVER_BIN, "--config", config.c_str(), "--db",
            db.c_str(), "serve", "--listen", "127.0.0.1:0", static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  return {pid, pipe_fds[0]};
}

// Reads stderr until the "listening on HOST:PORT" line; returns the port (0 if none came).
int read_port(int fd) {
  std::string text;
  char c = 0;
  while (::read(fd, &c, 1) == 1) {
    if (c != '\n') {
      text += c;
      continue;
    }
    const auto at = text.find("listening on ");
    if (at != std::string::npos) return std::stoi(text.substr(text.rfind(':') + 1));
    text.clear();
  }
  return 0;
}

}  // namespace

TEST_CASE("serve listens, answers and stops cleanly on SIGTERM") {
  TempDir dir;
  const auto config = (dir.path() / "server.json").string();
  std::ofstream(config) << R"({"assets_dir":"assets"})";
  const auto [pid, err] = spawn_server(config, (dir.path() / "clinic.db").string());
  const int port = read_port(err);
  REQUIRE(port > 0);
  httplib::Client client("127.0.0.1", port);
  const auto health = client.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);

  ::kill(pid, SIGTERM);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  ::close(err);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}
