#include "stillpoint/ui/stop_signals.h"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <string>

namespace stillpoint::ui {
namespace {

// The pipe's write end, for the handler; -1 when no StopSignals exists.
volatile std::sig_atomic_t g_write_fd = -1;

constexpr char kSignalled = 's';
constexpr char kShutdown = 'q';

extern "C" void on_stop_signal(int) {
  const int saved = errno;
  const int fd = g_write_fd;
  if (fd >= 0) {
    const char byte = kSignalled;
    [[maybe_unused]] const auto n = ::write(fd, &byte, 1);  // a full pipe already holds a stop
  }
  errno = saved;
}

void install(void (*handler)(int)) {
  struct sigaction action {};
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = SA_RESTART;
  ::sigaction(SIGTERM, &action, nullptr);
  ::sigaction(SIGINT, &action, nullptr);
}

}  // namespace

StopSignals::StopSignals(std::function<void()> on_stop) : on_stop_(std::move(on_stop)) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
    throw std::runtime_error(std::string("cannot make the stop-signal pipe: ") + std::strerror(errno));
  read_fd_ = fds[0];
  g_write_fd = fds[1];
  install(on_stop_signal);
  watcher_ = std::thread([this] { watch(); });
}

StopSignals::~StopSignals() {
  install(SIG_DFL);
  const int write_fd = g_write_fd;
  const char byte = kShutdown;
  [[maybe_unused]] const auto n = ::write(write_fd, &byte, 1);
  watcher_.join();
  g_write_fd = -1;
  ::close(write_fd);
  ::close(read_fd_);
}

void StopSignals::watch() {
  for (;;) {
    pollfd p{read_fd_, POLLIN, 0};
    if (::poll(&p, 1, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    char byte = 0;
    while (::read(read_fd_, &byte, 1) == 1) {
      if (byte == kShutdown) return;
      if (!requested_.exchange(true) && on_stop_) on_stop_();
    }
  }
}

}  // namespace stillpoint::ui
