#include "stillpoint/ui/timers.h"

#include <algorithm>

namespace stillpoint::ui {

TimerId Timers::at(TimePoint due, std::function<void()> callback, const void* owner) {
  const TimerId id = next_id_++;
  timers_.push_back({id, due, std::move(callback), owner});
  return id;
}

void Timers::cancel(TimerId id) {
  std::erase_if(timers_, [id](const Entry& e) { return e.id == id; });
}

void Timers::cancel_owned(const void* owner) {
  if (owner == nullptr) return;
  std::erase_if(timers_, [owner](const Entry& e) { return e.owner == owner; });
}

int Timers::fire_due(TimePoint now) {
  int fired = 0;
  // Take one due timer at a time: a callback may add or cancel timers, invalidating iterators.
  for (;;) {
    auto due = std::min_element(timers_.begin(), timers_.end(), [](const Entry& a, const Entry& b) {
      return a.due < b.due || (a.due == b.due && a.id < b.id);
    });
    if (due == timers_.end() || due->due > now) return fired;
    auto callback = std::move(due->callback);
    timers_.erase(due);
    ++fired;
    if (callback) callback();
  }
}

std::optional<TimePoint> Timers::next_due() const {
  if (timers_.empty()) return std::nullopt;
  return std::min_element(timers_.begin(), timers_.end(),
                          [](const Entry& a, const Entry& b) { return a.due < b.due; })
      ->due;
}

bool Timers::pending(TimerId id) const {
  return std::any_of(timers_.begin(), timers_.end(), [id](const Entry& e) { return e.id == id; });
}

}  // namespace stillpoint::ui
