#pragma once
// The request log: one line per request with method, path (no query string), status,
// milliseconds and who called. Never a body, a header value, a name or a birth date: what
// people tell the clinic stays out of logs.
#include <chrono>
#include <functional>
#include <string>
#include <string_view>

#include <httplib.h>

namespace stillpoint::server::http {

// Receives each finished line (no trailing newline).
using RequestLogSink = std::function<void(std::string_view line)>;

// A sink writing lines to stderr.
RequestLogSink stderr_log_sink();

// What the logger needs that httplib does not hand it: when the request began and who it was
// authenticated as. httplib serves a request from start to finish on one worker thread and
// gives its logger only the request and response, so this travels in a per-thread slot.
struct RequestContext {
  std::chrono::steady_clock::time_point started{};
  std::string caller = "-";
};

// The calling thread's context: reset at the start of each request, read by the logger.
RequestContext& current_request();
// Marks the start of a request on this thread.
void begin_request();

// Formats one line: "POST /api/v1/checkins 201 4ms kiosk-1". Method and path are sanitised
// (printable ASCII, bounded length) so a crafted path cannot forge log lines.
std::string format_log_line(std::string_view method, std::string_view path, int status,
                            long long milliseconds, std::string_view caller);

// The httplib logger writing to `sink`.
httplib::Logger make_request_logger(RequestLogSink sink);

}  // namespace stillpoint::server::http
