#pragma once
// Everything one person entered at the kiosk, in one place so it can be wiped in one place:
// when they finish, walk away or press "Start over", every buffer is overwritten and cleared.
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "stillpoint/sync/api_client.h"
#include "stillpoint/sync/outbox.h"

namespace stillpoint::kiosk {

// Which way the person came in.
enum class Path { none, appointment, walk_in };

struct Session {
  std::string language = "en";
  Path path = Path::none;
  std::string dob_digits;                  // as typed, in the language's order
  std::optional<Date> birth_date;          // once valid
  std::string initial;                     // one capital letter (maybe accented) when asked
  std::optional<sync::AppointmentMatch> match;  // the server's answer
  bool confirmed = false;                  // "Yes, that's me"
  bool offline = false;                    // the lookup fell to the offline path
  std::optional<int> feeling;              // 0-10, optional
  std::optional<nlohmann::json> response;  // the walk-in intake's QuestionnaireResponse
  bool help_requested = false;             // "Need help now?"
  bool asked_to_talk = false;              // the intake's "talk with someone as soon as possible"
  std::optional<sync::IssuedCheckin> issued;  // the ticket this person holds
  std::string look;                        // "Aa": the theme picked for this visit; empty: the device's

  // Overwrites every string (including those inside the response) and resets all fields;
  // `language` returns to `default_language`.
  void wipe(const std::string& default_language);
  // True when the person has entered anything at all.
  bool has_entries() const;
};

// Overwrites the bytes of `s` before clearing it.
void wipe_string(std::string& s);
// Overwrites every string inside `value`, then nulls it.
void wipe_json(nlohmann::json& value);

}  // namespace stillpoint::kiosk
