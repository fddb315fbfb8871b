#pragma once
// Test doubles for the sender: a transport that answers from a script and records what it was
// sent, and a sleeper that records waits (optionally scaled down) instead of sleeping them.
#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "stillpoint/sync/sleeper.h"
#include "stillpoint/sync/transport.h"

namespace stillpoint::sync::testing {

struct SentRequest {
  std::string path;
  std::string body;
  std::string idempotency_key;
};

// Answers each post with the next scripted status (then `fallback` once the script runs out).
class ScriptedTransport final : public Transport {
public:
  explicit ScriptedTransport(std::deque<HttpReply> script = {}, HttpReply fallback = {201, "{}"})
      : script_(std::move(script)), fallback_(std::move(fallback)) {}
  HttpReply post_json(std::string_view path, const std::string& body,
                      const std::string& key) override {
    std::lock_guard lock(mutex_);
    sent_.push_back({std::string(path), body, key});
    if (script_.empty()) return fallback_;
    auto reply = script_.front();
    script_.pop_front();
    return reply;
  }
  std::vector<SentRequest> sent() const {
    std::lock_guard lock(mutex_);
    return sent_;
  }

private:
  mutable std::mutex mutex_;
  std::deque<HttpReply> script_;
  HttpReply fallback_;
  std::vector<SentRequest> sent_;
};

// Records every requested wait and sleeps `scale` of it in real time (0: not at all).
class RecordingSleeper final : public Sleeper {
public:
  explicit RecordingSleeper(double scale = 0.0) : scale_(scale) {}
  void sleep_for(std::chrono::milliseconds duration) override {
    {
      std::lock_guard lock(mutex_);
      waits_.push_back(duration);
    }
    inner_.sleep_for(std::chrono::milliseconds(
        static_cast<std::int64_t>(static_cast<double>(duration.count()) * scale_)));
  }
  void cancel() override { inner_.cancel(); }
  std::vector<std::chrono::milliseconds> waits() const {
    std::lock_guard lock(mutex_);
    return waits_;
  }

private:
  double scale_;
  RealSleeper inner_;
  mutable std::mutex mutex_;
  std::vector<std::chrono::milliseconds> waits_;
};

}  // namespace stillpoint::sync::testing
