#include "stillpoint/kiosk/session.h"

#include <algorithm>

namespace stillpoint::kiosk {

void wipe_string(std::string& s) {
  // volatile writes so the compiler cannot drop the overwrite of a string about to be cleared.
  volatile char* p = s.data();
  for (std::size_t i = 0; i < s.size(); ++i) p[i] = '\0';
  s.clear();
}

void wipe_json(nlohmann::json& value) {
  if (value.is_string()) {
    wipe_string(value.get_ref<std::string&>());
  } else if (value.is_structured()) {
    for (auto& child : value) wipe_json(child);
  }
  value = nullptr;
}

void Session::wipe(const std::string& default_language) {
  wipe_string(dob_digits);
  wipe_string(initial);
  if (match) {
    wipe_string(match->appointment_id);
    wipe_string(match->greeting_name);
    wipe_string(match->practitioner);
  }
  if (response) wipe_json(*response);
  if (issued) {
    wipe_string(issued->id);
    wipe_string(issued->ticket);
  }
  *this = Session{};
  language = default_language;
}

bool Session::has_entries() const {
  return path != Path::none || !dob_digits.empty() || !initial.empty() || match || feeling ||
         response || help_requested || asked_to_talk || issued;
}

}  // namespace stillpoint::kiosk
