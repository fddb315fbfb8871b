// The real backend: the server's lookup with its time budget, the durable outbox with its
// sender and heartbeat threads, and the intake form from the content cache.
#include <thread>

#include "stillpoint/core/version.h"
#include "stillpoint/kiosk/backend.h"
#include "stillpoint/sync/content_cache.h"
#include "stillpoint/sync/device_sync.h"

namespace stillpoint::kiosk {

std::optional<std::pair<int, int>> KioskBackend::wait_minutes(const std::string&) {
  // Unknown: the ticket then says the front desk will tell the person.
  return std::nullopt;
}
bool KioskBackend::retry_held(const std::string&) { return false; }
bool KioskBackend::discard_held(const std::string&) { return false; }

namespace {

class DeviceBackend final : public KioskBackend {
public:
  explicit DeviceBackend(const DeviceBackendOptions& o)
      : endpoint_{o.config.server_url, o.token},
        api_(endpoint_, std::chrono::milliseconds(o.config.network_budget_ms)),
        sync_(sync_options(o), *o.clock),
        content_(std::filesystem::path(o.config.data_dir) / "content", o.config.assets_dir,
                 endpoint_),
        form_request_{"form-" + o.config.form_id + ".json", "/api/v1/forms/" + o.config.form_id,
                      std::filesystem::path("forms") / (o.config.form_id + ".json")} {
    // The first frame must not wait for the network: the cache or the shipped default now.
    form_ = content_.load_offline(form_request_).body;
    if (o.start_sync) sync_.start();
  }
  ~DeviceBackend() override {
    if (loader_.joinable()) loader_.join();
    sync_.stop();
  }

  sync::LookupAnswer lookup(Date birth_date, std::optional<std::string> initial) override {
    return api_.lookup(birth_date, initial);
  }
  sync::IssuedCheckin enqueue(const sync::CheckinDraft& draft) override {
    return sync_.enqueue_checkin(draft);
  }
  std::optional<std::pair<int, int>> wait_minutes(const std::string& checkin_id) override {
    return sync_.wait_minutes(checkin_id);
  }
  void mark_urgent(const std::string& checkin_id) override { sync_.mark_urgent(checkin_id); }
  sync::SyncStatus status() override { return sync_.status(); }
  std::vector<sync::HeldItem> held_items() override { return sync_.held_items(); }
  bool retry_held(const std::string& id) override { return sync_.retry_held(id); }
  bool discard_held(const std::string& id) override { return sync_.discard_held(id); }
  std::string form_json() override {
    std::lock_guard lock(mutex_);
    return form_;
  }
  void reload_content() override {
    std::lock_guard lock(mutex_);
    if (loading_) return;
    if (loader_.joinable()) loader_.join();
    loading_ = true;
    loader_ = std::thread([this] {
      auto item = content_.fetch(form_request_);  // only this thread uses the cache now
      std::lock_guard inner(mutex_);
      if (!item.body.empty()) form_ = std::move(item.body);
      loading_ = false;
    });
  }

private:
  static sync::DeviceSyncOptions sync_options(const DeviceBackendOptions& o) {
    sync::DeviceSyncOptions s;
    s.outbox_path = std::filesystem::path(o.config.data_dir) / "outbox.db";
    s.ticket_prefix = o.config.ticket_prefix;
    s.server = sync::ServerEndpoint{o.config.server_url, o.token};
    s.app_version = kVersion;
    return s;
  }

  sync::ServerEndpoint endpoint_;
  sync::ApiClient api_;
  sync::DeviceSync sync_;
  sync::ContentCache content_;
  sync::ContentRequest form_request_;
  std::mutex mutex_;
  std::string form_;
  bool loading_ = false;
  std::thread loader_;
};

}  // namespace

std::unique_ptr<KioskBackend> make_device_backend(const DeviceBackendOptions& options) {
  std::filesystem::create_directories(options.config.data_dir);
  return std::make_unique<DeviceBackend>(options);
}

}  // namespace stillpoint::kiosk
