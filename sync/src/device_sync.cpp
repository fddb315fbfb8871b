#include "stillpoint/sync/device_sync.h"

#include "stillpoint/sync/heartbeat.h"

namespace stillpoint::sync {
namespace {

// Only the last few tickets can still be on a screen.
constexpr std::size_t kWaitsKept = 64;

// "wait_minutes": [low, high] from a check-in answer, read strictly; nullopt otherwise.
std::optional<std::pair<int, int>> parse_wait(const std::string& body) {
  const auto json = nlohmann::json::parse(body, nullptr, false);
  if (!json.is_object() || !json.contains("wait_minutes")) return std::nullopt;
  const auto& wait = json["wait_minutes"];
  if (!wait.is_array() || wait.size() != 2 || !wait[0].is_number_integer() ||
      !wait[1].is_number_integer())
    return std::nullopt;
  const auto low = wait[0].get<long long>();
  const auto high = wait[1].get<long long>();
  if (low < 0 || high < low || high > 24 * 60) return std::nullopt;
  return std::pair{static_cast<int>(low), static_cast<int>(high)};
}

}  // namespace

DeviceSync::DeviceSync(DeviceSyncOptions options, const TimeSource& clock)
    : clock_(clock),
      outbox_(std::make_unique<Outbox>(options.outbox_path, options.ticket_prefix, clock)),
      sender_transport_(std::make_unique<HttpTransport>(options.server)),
      heartbeat_transport_(std::make_unique<HttpTransport>(options.server)),
      sender_sleeper_(options.sender_sleeper ? options.sender_sleeper
                                             : std::make_shared<RealSleeper>()),
      heartbeat_sleeper_(options.heartbeat_sleeper ? options.heartbeat_sleeper
                                                   : std::make_shared<RealSleeper>()) {
  auto caller_on_delivered = std::move(options.sender.on_delivered);
  options.sender.on_delivered = [this, caller_on_delivered](const PendingCheckin& item,
                                                            const HttpReply& reply) {
    remember_wait(item, reply);
    if (caller_on_delivered) caller_on_delivered(item, reply);
  };
  sender_ = std::make_unique<Sender>(*outbox_, *sender_transport_, contact_, *sender_sleeper_,
                                     clock_, std::move(options.sender));
  heartbeat_ = std::make_unique<HeartbeatLoop>(
      *heartbeat_transport_, [this] { return outbox_->stats(); }, options.app_version, contact_,
      *heartbeat_sleeper_, clock_, options.heartbeat_interval);
  outbox_->set_on_enqueued([this] { sender_->notify(); });
}

DeviceSync::~DeviceSync() { stop(); }

void DeviceSync::start() {
  sender_->start();
  heartbeat_->start();
}

void DeviceSync::stop() {
  heartbeat_->stop();
  sender_->stop();
}

IssuedCheckin DeviceSync::enqueue_checkin(const CheckinDraft& draft) {
  return outbox_->enqueue_checkin(draft);
}

void DeviceSync::remember_wait(const PendingCheckin& item, const HttpReply& reply) {
  if (item.kind != OutboxItemKind::checkin) return;
  const auto wait = parse_wait(reply.body);
  if (!wait) return;
  std::lock_guard lock(waits_mutex_);
  if (waits_.insert_or_assign(item.id, *wait).second) wait_order_.push_back(item.id);
  while (wait_order_.size() > kWaitsKept) {
    waits_.erase(wait_order_.front());
    wait_order_.pop_front();
  }
}

std::optional<std::pair<int, int>> DeviceSync::wait_minutes(const std::string& checkin_id) const {
  std::lock_guard lock(waits_mutex_);
  const auto found = waits_.find(checkin_id);
  if (found == waits_.end()) return std::nullopt;
  return found->second;
}

UrgentMark DeviceSync::mark_urgent(const std::string& checkin_id) {
  return outbox_->mark_urgent(checkin_id);
}

bool DeviceSync::retry_held(const std::string& id) { return outbox_->retry_held(id); }

SyncStatus DeviceSync::status() const {
  return contact_.snapshot(outbox_->stats(), clock_.now());
}

std::vector<HeldItem> DeviceSync::held_items() { return outbox_->held_items(); }

bool DeviceSync::discard_held(const std::string& id) { return outbox_->discard_held(id); }

}  // namespace stillpoint::sync
