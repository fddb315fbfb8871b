// Clinic: construction, the queue clock, devices and maintenance. The other operations live in
// clinic_staff.cpp, clinic_appointments.cpp, clinic_checkin.cpp and clinic_visits.cpp.
#include "clinic/clinic.h"

#include <stdexcept>

#include "clinic/clinic_impl.h"
#include "clinic/validation.h"
#include "security/tokens.h"
#include "stillpoint/core/ticket.h"

namespace stillpoint::server {

std::string_view to_string(DeviceRole role) {
  switch (role) {
    case DeviceRole::kiosk:
      return "kiosk";
    case DeviceRole::display:
      return "display";
    case DeviceRole::staff:
      return "staff";
  }
  return "kiosk";
}

std::optional<DeviceRole> parse_device_role(std::string_view text) {
  if (text == "kiosk") return DeviceRole::kiosk;
  if (text == "display") return DeviceRole::display;
  if (text == "staff") return DeviceRole::staff;
  return std::nullopt;
}

// --- Impl: the queue clock --------------------------------------------------------------------

Clinic::Impl::Impl(std::unique_ptr<Store> store_in, const ServerConfig& config)
    : store(std::move(store_in)),
      model(config.service_minutes, config.default_session_minutes, config.wait_estimate_alpha) {
  if (!store) throw std::invalid_argument("Clinic needs a store");
  model.restore(store->session_means());
  version = store->queue_state().version;
}

QueueState Clinic::Impl::bump_queue(TimePoint now) {
  QueueState state = store->queue_state();
  state.version += 1;
  state.updated_at = now;
  store->save_queue_state(state);
  return state;
}

void Clinic::Impl::publish(const QueueState& state) {
  {
    std::lock_guard lock(version_mutex);
    version = std::max(version, state.version);
  }
  version_changed.notify_all();
}

Clinic::Clinic(std::unique_ptr<Store> store, ServerConfig config, const TimeSource& clock)
    : impl_(std::make_unique<Impl>(std::move(store), config)),
      config_(std::move(config)),
      clock_(clock) {}

Clinic::~Clinic() = default;

bool Clinic::wait_for_queue_change(std::int64_t after, std::chrono::milliseconds timeout) {
  std::unique_lock lock(impl_->version_mutex);
  impl_->version_changed.wait_for(lock, timeout,
                                  [&] { return impl_->version > after || impl_->released; });
  return impl_->version > after;
}

void Clinic::release_waiters() {
  {
    std::lock_guard lock(impl_->version_mutex);
    impl_->released = true;
  }
  impl_->version_changed.notify_all();
}

// --- Devices ----------------------------------------------------------------------------------

namespace {

// The first one- or two-letter prefix no kiosk uses yet: A..Z, then AA..ZZ.
std::string free_kiosk_prefix(Store& store) {
  for (char a = 'A'; a <= 'Z'; ++a)
    if (std::string p(1, a); !store.kiosk_prefix_taken(p)) return p;
  for (char a = 'A'; a <= 'Z'; ++a)
    for (char b = 'A'; b <= 'Z'; ++b)
      if (std::string p{a, b}; !store.kiosk_prefix_taken(p)) return p;
  throw std::invalid_argument("every ticket prefix is taken");
}

}  // namespace

std::string Clinic::add_device(const std::string& name, DeviceRole role,
                               const std::string& ticket_prefix) {
  require_label(name, "device name", 64);
  if (role != DeviceRole::kiosk && !ticket_prefix.empty())
    throw std::invalid_argument("only kiosks have a ticket prefix");
  if (role == DeviceRole::kiosk && !ticket_prefix.empty() && !is_valid_ticket_prefix(ticket_prefix))
    throw std::invalid_argument("a ticket prefix is one or two capital letters (A to Z)");
  const std::string token = make_random_token();
  std::lock_guard lock(impl_->db_mutex);
  Store& store = *impl_->store;
  store.in_transaction([&] {
    if (store.device_name_taken(name))
      throw std::invalid_argument("a device has that name already");
    DeviceRecord record;
    record.device.name = name;
    record.device.role = role;
    if (role == DeviceRole::kiosk) {
      record.device.ticket_prefix =
          ticket_prefix.empty() ? free_kiosk_prefix(store) : ticket_prefix;
      if (store.kiosk_prefix_taken(record.device.ticket_prefix))
        throw std::invalid_argument("another kiosk uses that ticket prefix");
    }
    record.token_hash = sha256_hex(token);
    store.insert_device(record);
  });
  return token;
}

std::optional<Device> Clinic::authenticate_device(const std::string& bearer_token) {
  if (bearer_token.empty() || bearer_token.size() > 256) return std::nullopt;
  const std::string hash = sha256_hex(bearer_token);  // outside the lock: no need to hold it
  std::lock_guard lock(impl_->db_mutex);
  return impl_->store->find_device_by_token_hash(hash);
}

void Clinic::record_heartbeat(std::int64_t device_id, const Heartbeat& beat) {
  std::lock_guard lock(impl_->db_mutex);
  impl_->store->update_heartbeat(device_id, beat, clock_.now());
}

std::vector<Device> Clinic::devices() {
  std::lock_guard lock(impl_->db_mutex);
  return impl_->store->list_devices();
}

// --- Maintenance ------------------------------------------------------------------------------

int Clinic::purge_expired_answers() {
  const TimePoint cutoff = clock_.now() - std::chrono::hours{24} * config_.retention_days;
  std::lock_guard lock(impl_->db_mutex);
  return impl_->store->purge_answers_before(cutoff);
}

std::string Clinic::integrity_check() {
  std::lock_guard lock(impl_->db_mutex);
  return impl_->store->integrity_check();
}

}  // namespace stillpoint::server
