#pragma once
// What every route handler shares: the clinic, its settings, the rate limits and whether the
// server is stopping (so held long-polls let go).
#include <atomic>
#include <chrono>
#include <filesystem>

#include "clinic/clinic.h"
#include "http/rate_limits.h"

namespace stillpoint::server::http {

// The state behind the routes of one ApiServer. Handlers get it by reference; it outlives them.
struct ApiContext {
  explicit ApiContext(Clinic& c)
      : clinic(c),
        config(c.config()),
        assets_dir(c.config().assets_dir),
        lookups(c.config().lookups_per_device_per_minute, std::chrono::minutes(1)),
        sign_ins_by_user(c.config().sign_in_attempts_per_minute, std::chrono::minutes(1)),
        sign_ins_by_address(c.config().sign_in_attempts_per_minute, std::chrono::minutes(1)) {}

  TimePoint now() const { return clinic.clock().now(); }

  Clinic& clinic;
  const ServerConfig& config;
  std::filesystem::path assets_dir;
  SharedRateLimiter lookups;              // per kiosk device
  SharedRateLimiter sign_ins_by_user;     // failed sign-ins per account
  SharedRateLimiter sign_ins_by_address;  // failed sign-ins per client address
  std::atomic<bool> stopping{false};
};

}  // namespace stillpoint::server::http
