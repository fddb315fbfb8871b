#include "stillpoint/sync/sender.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

namespace stillpoint::sync {
namespace {

constexpr const char* kCheckinsPath = "/api/v1/checkins";
// Logged as a template: a log line names a route, not a visit.
constexpr const char* kUrgentPathTemplate = "/api/v1/checkins/{id}/urgent";

// The server's {"error":{"code"}} when the body has one; a code names a rule, never a person.
std::string error_code_of(const std::string& body) {
  const auto parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_object() && parsed.contains("error") && parsed["error"].is_object()) {
    const auto& error = parsed["error"];
    if (error.contains("code") && error["code"].is_string()) return error["code"];
  }
  return {};
}

}  // namespace

ReplyAction classify_checkin_reply(int http_status) {
  if (http_status == 200 || http_status == 201) return ReplyAction::delivered;
  if (http_status >= 400 && http_status < 500) {
    switch (http_status) {
      case 401:  // the token, not the item, is wrong: holding would move every item aside
      case 403:
      case 404:  // a proxy or an older server without the route: infrastructure, not the item
      case 405:
      case 408:
      case 429:
        return ReplyAction::retry;
      default:
        return ReplyAction::hold;
    }
  }
  return ReplyAction::retry;  // no answer, 5xx, or an unexpected 1xx/2xx/3xx
}

ReplyAction classify_urgent_reply(int http_status) {
  if (http_status >= 200 && http_status < 300) return ReplyAction::delivered;
  if (http_status >= 400 && http_status < 500) {
    switch (http_status) {
      case 401:
      case 403:
      case 408:
      case 429:
        return ReplyAction::retry;
      default:
        return ReplyAction::hold;  // 404 unknown id, 409 visit_closed, 400, ...
    }
  }
  return ReplyAction::retry;
}

Sender::Sender(Outbox& outbox, Transport& transport, ContactTracker& contact, Sleeper& sleeper,
               const TimeSource& clock, SenderOptions options)
    : outbox_(outbox), transport_(transport), contact_(contact), sleeper_(sleeper),
      clock_(clock), options_(std::move(options)), backoff_(options_.backoff, options_.seed) {}

Sender::~Sender() { stop(); }

void Sender::start() {
  if (thread_.joinable()) return;
  // The sleeper's cancel() is for good: a restarted sender would retry without backing off.
  if (stopping_) throw std::logic_error("a stopped Sender cannot be restarted; make a new one");
  thread_ = std::thread([this] { run(); });
}

void Sender::stop() {
  stopping_ = true;
  sleeper_.cancel();
  work_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Sender::notify() {
  {
    std::lock_guard lock(mutex_);
    has_work_ = true;
  }
  work_.notify_one();
}

Delivery Sender::deliver_one() {
  const auto next = outbox_.next_to_send();
  if (!next) return Delivery::idle;
  const bool urgent = next->kind == OutboxItemKind::urgent;
  const auto started = std::chrono::steady_clock::now();
  const HttpReply reply =
      urgent ? transport_.post_json("/api/v1/checkins/" + next->target + "/urgent", "", "")
             : transport_.post_json(kCheckinsPath, next->body, next->id);
  ++requests_sent_;
  log_request(urgent ? kUrgentPathTemplate : kCheckinsPath, reply.status,
              std::chrono::steady_clock::now() - started);
  contact_.record(reply.status, clock_.now());
  const ReplyAction action =
      urgent ? classify_urgent_reply(reply.status) : classify_checkin_reply(reply.status);
  switch (action) {
    case ReplyAction::delivered:
      outbox_.mark_delivered(next->id);
      failures_ = 0;
      if (options_.on_delivered) options_.on_delivered(*next, reply);
      return Delivery::delivered;
    case ReplyAction::hold:
      outbox_.hold(next->id, reply.status, error_code_of(reply.body));
      failures_ = 0;
      return Delivery::held;
    case ReplyAction::retry:
      break;
  }
  ++failures_;
  return Delivery::retry;
}

void Sender::run() {
  while (!stopping_) {
    switch (deliver_one()) {
      case Delivery::idle:
        wait_for_work();
        break;
      case Delivery::retry:
        sleeper_.sleep_for(backoff_.delay(failures_ - 1));
        break;
      case Delivery::delivered:
      case Delivery::held:
        break;
    }
  }
}

void Sender::wait_for_work() {
  std::unique_lock lock(mutex_);
  // The timeout is a safety net only: enqueue notifies.
  work_.wait_for(lock, std::chrono::seconds(1), [this] { return has_work_ || stopping_; });
  has_work_ = false;
}

void Sender::log_request(const char* path, int status,
                         std::chrono::steady_clock::duration took) const {
  if (!options_.log) return;
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(took).count();
  options_.log("POST " + std::string(path) + " " +
               (status == 0 ? std::string("no-answer") : std::to_string(status)) + " " +
               std::to_string(ms) + "ms");
}

}  // namespace stillpoint::sync
