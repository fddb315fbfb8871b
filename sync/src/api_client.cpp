#include "stillpoint/sync/api_client.h"

#include <condition_variable>
#include <mutex>
#include <thread>

#include "http_client.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::sync {
namespace {

// One request's state, shared with its helper thread so the caller can walk away at the deadline.
struct Exchange {
  std::unique_ptr<httplib::Client> client;
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;
  HttpReply reply;
};

// Runs one POST on a detached helper thread and returns at the deadline whatever happens; the
// socket is shut so the helper ends soon after (at worst when its connect timeout expires).
HttpReply post_within(const ServerEndpoint& server, const std::string& path,
                      const std::string& body, std::chrono::milliseconds budget) {
  auto endpoint = server;
  endpoint.connect_timeout = std::min(endpoint.connect_timeout, budget);
  auto exchange = std::make_shared<Exchange>();
  exchange->client = detail::make_client(endpoint, budget);
  std::thread([exchange, headers = detail::auth_headers(server), path, body] {
    auto result = exchange->client->Post(path, headers, body, "application/json");
    std::lock_guard lock(exchange->mutex);
    if (result) exchange->reply = HttpReply{result->status, result->body};
    exchange->done = true;
    exchange->finished.notify_one();
  }).detach();
  std::unique_lock lock(exchange->mutex);
  if (exchange->finished.wait_for(lock, budget, [&] { return exchange->done; }))
    return exchange->reply;
  lock.unlock();
  exchange->client->stop();  // a late answer is ignored: the person is on the offline path
  return {};
}

}  // namespace

std::optional<AppointmentMatch> parse_lookup_match(const std::string& body) {
  try {
    const auto document = parse_json_document(body);
    JsonObjectReader reader(document);
    AppointmentMatch match;
    match.appointment_id = reader.string("appointment_id", 64);
    match.greeting_name = reader.string("greeting_name", 200);
    const auto start = parse_timestamp(reader.string("start", 64));
    match.practitioner = reader.string("practitioner", 200);
    reader.finish();
    if (!start) return std::nullopt;
    match.start = *start;
    return match;
  } catch (const FieldError&) {
    return std::nullopt;
  }
}

ApiClient::ApiClient(ServerEndpoint server, std::chrono::milliseconds budget)
    : server_(std::move(server)), budget_(budget) {}

LookupAnswer ApiClient::lookup(Date birth_date,
                               const std::optional<std::string>& first_initial) const {
  nlohmann::json body = {{"birth_date", format_date(birth_date)}};
  if (first_initial) body["first_initial"] = *first_initial;
  const auto started = std::chrono::steady_clock::now();
  const HttpReply reply = post_within(server_, "/api/v1/appointments/lookup", body.dump(), budget_);
  // Belt and braces: an answer that squeezed in after the budget still takes the offline path.
  if (std::chrono::steady_clock::now() - started > budget_) return {};
  switch (reply.status) {
    case 200:
      if (auto match = parse_lookup_match(reply.body))
        return {LookupOutcome::found, std::move(match)};
      return {};
    case 404:
      return {LookupOutcome::none, std::nullopt};
    case 409:
      return {LookupOutcome::several, std::nullopt};
    default:
      return {};
  }
}

}  // namespace stillpoint::sync
