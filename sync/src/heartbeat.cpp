#include "stillpoint/sync/heartbeat.h"

#include <stdexcept>

namespace stillpoint::sync {

nlohmann::json heartbeat_body(const std::string& app_version, const OutboxStats& outbox,
                              TimePoint now) {
  nlohmann::json body = {{"version", app_version},
                         {"outbox_depth", outbox.depth},
                         {"held_items", outbox.held}};
  if (outbox.oldest_created_at) {
    const auto age = std::chrono::duration_cast<Seconds>(now - *outbox.oldest_created_at);
    body["oldest_undelivered_seconds"] = std::max<std::int64_t>(0, age.count());
  }
  return body;
}

HeartbeatLoop::HeartbeatLoop(Transport& transport, StatsSource stats, std::string app_version,
                             ContactTracker& contact, Sleeper& sleeper, const TimeSource& clock,
                             std::chrono::milliseconds interval)
    : transport_(transport), stats_(std::move(stats)), app_version_(std::move(app_version)),
      contact_(contact), sleeper_(sleeper), clock_(clock), interval_(interval) {}

HeartbeatLoop::~HeartbeatLoop() { stop(); }

void HeartbeatLoop::start() {
  if (thread_.joinable()) return;
  if (stopping_) throw std::logic_error("a stopped HeartbeatLoop cannot be restarted");
  thread_ = std::thread([this] {
    while (!stopping_) {
      beat_once();
      sleeper_.sleep_for(interval_);
    }
  });
}

void HeartbeatLoop::stop() {
  stopping_ = true;
  sleeper_.cancel();
  if (thread_.joinable()) thread_.join();
}

int HeartbeatLoop::beat_once() {
  const auto body = heartbeat_body(app_version_, stats_(), clock_.now()).dump();
  const HttpReply reply = transport_.post_json("/api/v1/heartbeat", body, {});
  contact_.record(reply.status, clock_.now());
  return reply.status;
}

}  // namespace stillpoint::sync
