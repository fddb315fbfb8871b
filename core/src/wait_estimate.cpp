#include "stillpoint/core/wait_estimate.h"

#include <algorithm>
#include <cmath>

namespace stillpoint {

SessionLengthModel::SessionLengthModel(std::map<std::string, double> defaults,
                                       double fallback_minutes, double alpha)
    : defaults_(std::move(defaults)),
      fallback_minutes_(fallback_minutes),
      alpha_(std::clamp(alpha, 0.01, 1.0)) {}

void SessionLengthModel::observe(const std::string& service, double minutes) {
  constexpr double kLongestPlausibleSession = 8 * 60;
  if (!(minutes > 0) || minutes > kLongestPlausibleSession) return;
  auto it = learned_.find(service);
  if (it == learned_.end()) {
    // The first real session pulls the configured default toward reality, not replaces it.
    learned_[service] = (1 - alpha_) * expected_minutes(service) + alpha_ * minutes;
  } else {
    it->second = (1 - alpha_) * it->second + alpha_ * minutes;
  }
}

double SessionLengthModel::expected_minutes(const std::string& service) const {
  if (auto it = learned_.find(service); it != learned_.end()) return it->second;
  if (auto it = defaults_.find(service); it != defaults_.end()) return it->second;
  return fallback_minutes_;
}

double estimate_wait_minutes(const std::vector<std::string>& services_ahead,
                             const SessionLengthModel& model, int rooms) {
  double total = 0;
  for (const auto& service : services_ahead) total += model.expected_minutes(service);
  return total / std::max(1, rooms);
}

WaitRange to_wait_range(double estimate_minutes) {
  const double est = std::max(0.0, estimate_minutes);
  const int low = static_cast<int>(std::floor(est * 0.8 / 5.0)) * 5;
  int high = static_cast<int>(std::ceil(est * 1.2 / 5.0)) * 5;
  high = std::max(high, low + 5);
  return {low, high};
}

WaitRange not_before(WaitRange range, double minutes_until_start) {
  if (!(minutes_until_start > 0)) return range;
  const int start = static_cast<int>(std::floor(minutes_until_start / 5.0)) * 5;
  range.low_minutes = std::max(range.low_minutes, start);
  range.high_minutes = std::max(range.high_minutes, range.low_minutes + 5);
  return range;
}

}  // namespace stillpoint
