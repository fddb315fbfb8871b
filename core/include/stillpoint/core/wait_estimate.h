#pragma once
// How long a person can expect to wait, said honestly as a range.
//
// Each service keeps an exponentially weighted mean of recent session lengths (a new clinic
// starts from configured defaults). The estimate for someone is the sum of the expected
// lengths of the people ahead, divided by the rooms in use, widened to a range and rounded
// to 5 minutes so it never sounds more precise than it is.
#include <map>
#include <string>
#include <vector>

namespace stillpoint {

struct WaitRange {
  int low_minutes = 0;
  int high_minutes = 0;
  friend bool operator==(const WaitRange&, const WaitRange&) = default;
};

class SessionLengthModel {
public:
  // `defaults` by service name; `fallback_minutes` for a service with neither data nor default;
  // `alpha` in (0, 1]: the weight of the newest observation.
  SessionLengthModel(std::map<std::string, double> defaults, double fallback_minutes,
                     double alpha);

  // Folds one finished session of `minutes` into the service's mean. Non-positive or
  // implausibly long sessions (over 8 h: a visit left open overnight) are ignored.
  void observe(const std::string& service, double minutes);
  // The expected session length of `service` in minutes.
  double expected_minutes(const std::string& service) const;

  // The learned means, for persisting across restarts.
  const std::map<std::string, double>& learned() const { return learned_; }
  void restore(std::map<std::string, double> learned) { learned_ = std::move(learned); }

private:
  std::map<std::string, double> defaults_;
  std::map<std::string, double> learned_;
  double fallback_minutes_;
  double alpha_;
};

// The point estimate in minutes: sum of expected lengths of `services_ahead` over `rooms`
// (at least 1).
double estimate_wait_minutes(const std::vector<std::string>& services_ahead,
                             const SessionLengthModel& model, int rooms);

// The range said to a person for a point estimate: 80%..120% of it, the low end rounded down
// and the high end up to multiples of 5, at least 5 minutes wide. Zero people ahead is [0, 5].
WaitRange to_wait_range(double estimate_minutes);

// `range` for someone who will not be seen before `minutes_until_start` from now (their booked
// appointment): the low end never comes before the start, rounded down to 5 minutes as above,
// and the range stays at least 5 minutes wide. A start already past leaves `range` as it is.
WaitRange not_before(WaitRange range, double minutes_until_start);

}  // namespace stillpoint
