// The in-memory backend for screenshots and demos: one fictional appointment starting soon,
// tickets counted in memory, nothing written to disk or sent anywhere.
#include <fstream>
#include <sstream>

#include "stillpoint/core/ticket.h"
#include "stillpoint/core/uuid.h"
#include "stillpoint/kiosk/backend.h"

namespace stillpoint::kiosk {

DemoBackend::DemoBackend(const TimeSource& clock, std::string prefix,
                         std::filesystem::path form_file)
    : clock_(clock), prefix_(std::move(prefix)), form_file_(std::move(form_file)) {}

Date DemoBackend::demo_birth_date() {
  return Date{std::chrono::year{1990}, std::chrono::April, std::chrono::day{12}};
}

void DemoBackend::force_outcome(std::optional<sync::LookupOutcome> outcome) {
  std::lock_guard lock(mutex_);
  forced_ = outcome;
}

sync::LookupAnswer DemoBackend::lookup(Date birth_date, std::optional<std::string> initial) {
  std::lock_guard lock(mutex_);
  sync::LookupAnswer answer;
  if (forced_) {
    answer.outcome = *forced_;
    if (*forced_ == sync::LookupOutcome::several && initial) answer.outcome = sync::LookupOutcome::found;
  } else {
    answer.outcome = birth_date == demo_birth_date() ? sync::LookupOutcome::found
                                                     : sync::LookupOutcome::none;
  }
  if (answer.outcome == sync::LookupOutcome::found) {
    // A round time a little ahead, so the greeting reads naturally in a screenshot.
    const auto start = std::chrono::floor<std::chrono::minutes>(clock_.now()) + std::chrono::minutes(10);
    answer.match = sync::AppointmentMatch{"demo-1", "Jordan R.", start, "Sam"};
  }
  return answer;
}

sync::IssuedCheckin DemoBackend::enqueue(const sync::CheckinDraft& draft) {
  std::lock_guard lock(mutex_);
  drafts_.push_back(draft);
  ids_.push_back(make_uuid_v4());
  const int number = static_cast<int>(drafts_.size()) + 6;
  return {ids_.back(), format_ticket({prefix_, number}), clock_.now()};
}

void DemoBackend::mark_urgent(const std::string& checkin_id) {
  std::lock_guard lock(mutex_);
  urgent_marks_.push_back(checkin_id);
  // Like the outbox before delivery: the same check-in now says urgent.
  for (std::size_t i = 0; i < ids_.size(); ++i)
    if (ids_[i] == checkin_id) {
      drafts_[i].urgent = true;
      drafts_[i].urgent_reason = UrgentReason::help_button;
    }
}

std::vector<std::string> DemoBackend::urgent_marks() const {
  std::lock_guard lock(mutex_);
  return urgent_marks_;
}

std::optional<std::pair<int, int>> DemoBackend::wait_minutes(const std::string&) {
  return std::pair{10, 15};
}

sync::SyncStatus DemoBackend::status() {
  sync::SyncStatus s;
  s.server_reachable = true;
  s.last_contact = clock_.now();
  return s;
}

std::string DemoBackend::form_json() {
  std::ifstream in(form_file_, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<sync::CheckinDraft> DemoBackend::enqueued() const {
  std::lock_guard lock(mutex_);
  return drafts_;
}

}  // namespace stillpoint::kiosk
