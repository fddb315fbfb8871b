#include "stillpoint/sync/device_sync.h"

#include "stillpoint/sync/heartbeat.h"

namespace stillpoint::sync {

DeviceSync::DeviceSync(DeviceSyncOptions options, const TimeSource& clock)
    : clock_(clock),
      outbox_(std::make_unique<Outbox>(options.outbox_path, options.ticket_prefix, clock)),
      sender_transport_(std::make_unique<HttpTransport>(options.server)),
      heartbeat_transport_(std::make_unique<HttpTransport>(options.server)),
      sender_sleeper_(options.sender_sleeper ? options.sender_sleeper
                                             : std::make_shared<RealSleeper>()),
      heartbeat_sleeper_(options.heartbeat_sleeper ? options.heartbeat_sleeper
                                                   : std::make_shared<RealSleeper>()) {
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

SyncStatus DeviceSync::status() const {
  return contact_.snapshot(outbox_->stats(), clock_.now());
}

std::vector<HeldItem> DeviceSync::held_items() { return outbox_->held_items(); }

bool DeviceSync::discard_held(const std::string& id) { return outbox_->discard_held(id); }

}  // namespace stillpoint::sync
