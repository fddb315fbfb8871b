#include "http/request_log.h"

#include <cstdio>
#include <mutex>

namespace stillpoint::server::http {

namespace {

std::string sanitise(std::string_view text, std::size_t max_length) {
  std::string out;
  for (const char c : text.substr(0, max_length)) {
    const auto u = static_cast<unsigned char>(c);
    out += (u > 0x20 && u < 0x7f) ? c : '?';
  }
  if (text.size() > max_length) out += "...";
  return out.empty() ? "-" : out;
}

}  // namespace

RequestLogSink stderr_log_sink() {
  return [](std::string_view line) {
    static std::mutex mutex;  // whole lines, never interleaved
    std::lock_guard lock(mutex);
    std::fprintf(stderr, "%.*s\n", static_cast<int>(line.size()), line.data());
  };
}

RequestContext& current_request() {
  thread_local RequestContext context;
  return context;
}

void begin_request() {
  auto& context = current_request();
  context.started = std::chrono::steady_clock::now();
  context.caller = "-";
}

std::string format_log_line(std::string_view method, std::string_view path, int status,
                            long long milliseconds, std::string_view caller) {
  return sanitise(method, 16) + " " + sanitise(path, 160) + " " + std::to_string(status) + " " +
         std::to_string(milliseconds) + "ms " + sanitise(caller, 80);
}

httplib::Logger make_request_logger(RequestLogSink sink) {
  return [sink = std::move(sink)](const httplib::Request& req, const httplib::Response& res) {
    auto& context = current_request();
    // Requests refused while their headers were read never reached begin_request().
    const bool began = context.started != std::chrono::steady_clock::time_point{};
    const auto elapsed = began ? std::chrono::steady_clock::now() - context.started
                               : std::chrono::steady_clock::duration::zero();
    // req.path never holds the query string (httplib splits it into params).
    sink(format_log_line(req.method, req.path, res.status,
                         std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(),
                         context.caller));
    context = RequestContext{};
  };
}

}  // namespace stillpoint::server::http
