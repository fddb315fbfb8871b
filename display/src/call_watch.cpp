#include "stillpoint/display/call_watch.h"

#include "stillpoint/core/civil_time.h"

namespace stillpoint::display {

std::vector<Call> CallWatch::observe(const sync::QueueView& view) {
  std::set<std::pair<std::string, std::string>> now;
  for (const auto& entry : view.now_serving)
    now.emplace(entry.ticket, entry.room + "@" + format_timestamp(entry.since));
  std::vector<Call> calls;
  if (seen_) {
    for (const auto& entry : view.now_serving)
      if (!seen_->contains({entry.ticket, entry.room + "@" + format_timestamp(entry.since)}))
        calls.push_back({entry.ticket, entry.room});
  }
  seen_ = std::move(now);
  return calls;
}

}  // namespace stillpoint::display
