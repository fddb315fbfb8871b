#pragma once
// The text of kiosk/intake/strings.json, compiled in so the renderer needs no asset path.
#include <string_view>

namespace stillpoint::kiosk_intake::detail {

// The whole strings.json document.
std::string_view strings_json();

}  // namespace stillpoint::kiosk_intake::detail
