#include "stillpoint/display/queue_text.h"

#include <algorithm>

namespace stillpoint::display {
namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string waiting_text(std::size_t count, const LobbyStrings& s, const std::string& lang) {
  if (count == 0) return s.get(lang, "lobby.waiting_none");
  if (count == 1) return s.get(lang, "lobby.waiting_one");
  return s.format(lang, "lobby.waiting_many", {{"n", std::to_string(count)}});
}

void fill_from_view(QueueText& out, const sync::QueueView& view, const LobbyConfig& config,
                    const LobbyStrings& s, const std::string& lang) {
  if (config.show_codes && !view.now_serving.empty()) {
    out.serving_heading = s.get(lang, "lobby.now_serving");
    for (const auto& entry : view.now_serving)
      out.serving.push_back({entry.ticket, room_label(entry.room, s, lang)});
  }
  if (config.show_codes && !view.waiting.empty() && config.next_codes > 0) {
    out.next_heading = s.get(lang, "lobby.next");
    const auto shown = std::min(view.waiting.size(), static_cast<std::size_t>(config.next_codes));
    for (std::size_t i = 0; i < shown; ++i) out.next_codes.push_back(view.waiting[i].ticket);
  }
  out.waiting = waiting_text(view.waiting.size(), s, lang);
  // The snapshot's wait is for someone walking in now, behind everyone in line: the words say
  // so, since a person with an appointment is told their own wait on their ticket.
  if (view.wait_minutes && !view.waiting.empty())
    out.wait_range = s.format(lang, "lobby.wait_range",
                              {{"lo", std::to_string(view.wait_minutes->first)},
                               {"hi", std::to_string(view.wait_minutes->second)}});
}

}  // namespace

std::string room_label(const std::string& room, const LobbyStrings& strings, const std::string& language) {
  return all_digits(room) ? strings.format(language, "lobby.room", {{"room", room}}) : room;
}

std::string age_text(std::chrono::seconds age, const LobbyStrings& s, const std::string& lang) {
  const auto minutes = std::max<long long>(1, std::chrono::duration_cast<std::chrono::minutes>(age).count());
  if (minutes < 120) return s.format(lang, "lobby.minutes", {{"n", std::to_string(minutes)}});
  return s.format(lang, "lobby.hours", {{"n", std::to_string(minutes / 60)}});
}

QueueText queue_text(const std::optional<sync::QueueView>& view, const sync::QueueFeedStatus& status,
                     const LobbyConfig& config, const LobbyStrings& strings,
                     const std::string& language) {
  QueueText out;
  if (!view) {
    out.placeholder = strings.get(language, "lobby.shortly");
    return out;
  }
  fill_from_view(out, *view, config, strings, language);
  if (status.stale)
    out.status = strings.format(language, "lobby.updating",
                                {{"age", age_text(status.age.value_or(config.stale_after), strings, language)}});
  return out;
}

}  // namespace stillpoint::display
