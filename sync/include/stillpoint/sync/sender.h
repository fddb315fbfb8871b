#pragma once
// The background delivery of the outbox: POST /api/v1/checkins, and the urgent follow-ups.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "stillpoint/core/clock.h"
#include "stillpoint/sync/backoff.h"
#include "stillpoint/sync/outbox.h"
#include "stillpoint/sync/sleeper.h"
#include "stillpoint/sync/status.h"
#include "stillpoint/sync/transport.h"

namespace stillpoint::sync {

// What the server's answer means for the check-in that was sent.
enum class ReplyAction {
  delivered,  // 201 created, or 200 the replay of an earlier delivery: delete the row
  hold,       // a 4xx the same bytes will always get (400, 409, 413, 415, 422, ...): move aside
  retry,      // no answer, 5xx, 429, 408, 401/403 (the device's fault, not the item's), 404/405
};
ReplyAction classify_checkin_reply(int http_status);
// For POST /api/v1/checkins/{id}/urgent: 404 (unknown id) and 409 (visit closed) are the item's
// own problem and are held for staff like any other 4xx that retrying cannot fix.
ReplyAction classify_urgent_reply(int http_status);

// What one delivery step did.
enum class Delivery { idle, delivered, held, retry };

struct SenderOptions {
  BackoffPolicy backoff;
  std::uint64_t seed = random_seed();
  // Receives one line per request: method, path, status, milliseconds. Never a body.
  std::function<void(const std::string&)> log;
  // Called on the sender's thread after an item was acknowledged and removed, with the server's
  // answer (for a check-in: {"ticket","position","wait_minutes"}).
  std::function<void(const PendingCheckin&, const HttpReply&)> on_delivered;
};

// Delivers the outbox oldest first, one request at a time, on its own thread: the UI thread
// only enqueues. A row is deleted only after the server acknowledged it, so a lost answer
// leads to a resend that the server recognises by its Idempotency-Key. Failures back off with
// full jitter; a refused item is held for staff and the queue moves on past it.
class Sender {
public:
  // All references must outlive the sender. `transport` and `sleeper` are used by its thread only.
  Sender(Outbox& outbox, Transport& transport, ContactTracker& contact, Sleeper& sleeper,
         const TimeSource& clock, SenderOptions options = {});
  ~Sender();
  Sender(const Sender&) = delete;
  Sender& operator=(const Sender&) = delete;

  // Starts the thread. Once only: a stopped sender is not restarted (make a new one).
  void start();
  // Stops and joins; an in-flight request finishes or times out first.
  void stop();
  // Wakes the idle thread because a check-in was enqueued.
  void notify();
  // One delivery attempt of the oldest check-in, without waiting (the thread's step).
  Delivery deliver_one();
  // Requests sent so far (for tests and the admin panel).
  std::uint64_t requests_sent() const { return requests_sent_; }

private:
  void run();
  void wait_for_work();
  void log_request(const char* path, int status, std::chrono::steady_clock::duration took) const;

  Outbox& outbox_;
  Transport& transport_;
  ContactTracker& contact_;
  Sleeper& sleeper_;
  const TimeSource& clock_;
  SenderOptions options_;
  Backoff backoff_;
  int failures_ = 0;  // consecutive retryable failures: the backoff attempt number
  std::atomic<std::uint64_t> requests_sent_{0};
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable work_;
  bool has_work_ = false;
  std::thread thread_;
};

}  // namespace stillpoint::sync
