#include "stillpoint/sync/queue_poller.h"

#include "http_client.h"

namespace stillpoint::sync {

struct QueuePoller::Impl {
  std::unique_ptr<httplib::Client> client;  // created once; stop() may abort it from any thread
  std::atomic<bool> finished{false};
};

QueuePoller::QueuePoller(QueuePollerOptions options, const TimeSource& clock, Callback on_snapshot,
                         std::shared_ptr<Sleeper> sleeper)
    : options_(std::move(options)), clock_(clock), on_snapshot_(std::move(on_snapshot)),
      sleeper_(sleeper ? std::move(sleeper) : std::make_shared<RealSleeper>()),
      backoff_(options_.retry, options_.seed), impl_(std::make_unique<Impl>()) {
  // The read timeout must outlast a held long-poll.
  impl_->client = detail::make_client(options_.server, options_.long_poll_wait +
                                                           options_.server.request_timeout);
}

QueuePoller::~QueuePoller() { stop(); }

void QueuePoller::start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { run(); });
}

void QueuePoller::stop() {
  stopping_ = true;
  sleeper_->cancel();
  // stop() only aborts a request in flight: repeat until the thread has seen stopping_, in
  // case it was just about to start a long-poll.
  while (thread_.joinable() && !impl_->finished) {
    impl_->client->stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (thread_.joinable()) thread_.join();
}

void QueuePoller::run() {
  int failures = 0;
  while (!stopping_) {
    if (poll_once()) {
      failures = 0;
      continue;
    }
    sleeper_->sleep_for(backoff_.delay(failures++));
  }
  impl_->finished = true;
}

bool QueuePoller::poll_once() {
  std::string path = "/api/v1/queue";
  auto headers = detail::auth_headers(options_.server);
  {
    std::lock_guard lock(mutex_);
    if (latest_) {
      path += "?after=" + std::to_string(latest_->version) +
              "&wait=" + std::to_string(options_.long_poll_wait.count());
      if (!etag_.empty()) headers.emplace("If-None-Match", etag_);
    }
  }
  const auto result = impl_->client->Get(path, headers);
  const int status = result ? result->status : 0;
  std::optional<QueueView> view;
  if (status == 200) view = parse_queue_view(result->body);
  {
    std::lock_guard lock(mutex_);
    reachable_ = status == 200 || status == 204 || status == 304;
    if (!reachable_ || (status == 200 && !view)) return false;
    confirmed_at_ = clock_.now();
    if (!view) return true;  // 204 or 304: what we show is still current
    etag_ = result->get_header_value("ETag");
    latest_ = *view;
  }
  if (on_snapshot_) on_snapshot_(*view);  // outside the lock: the callback may read status()
  return true;
}

QueueFeedStatus QueuePoller::status() const {
  std::lock_guard lock(mutex_);
  QueueFeedStatus status;
  status.reachable = reachable_;
  status.confirmed_at = confirmed_at_;
  if (confirmed_at_) status.age = std::chrono::duration_cast<Seconds>(clock_.now() - *confirmed_at_);
  status.stale = !status.age || *status.age > options_.stale_after;
  return status;
}

std::optional<QueueView> QueuePoller::latest() const {
  std::lock_guard lock(mutex_);
  return latest_;
}

}  // namespace stillpoint::sync
