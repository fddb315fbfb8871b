#pragma once
// The README screenshots: the main screens rendered headless through the real flow, with the
// in-memory demo backend and a manual clock (so the idle prompt can be reached without waiting).
#include <filesystem>
#include <vector>

#include "stillpoint/core/clock.h"
#include "stillpoint/kiosk/flow.h"

namespace stillpoint::kiosk {

// Walks the flow (welcome, choose, dob, confirm, ticket, help, idle) and writes
// DIR/kiosk-NAME.png for each; creates DIR. Returns the files written. `clock` must be the
// App's clock.
std::vector<std::filesystem::path> write_main_screenshots(KioskFlow& flow, ManualTimeSource& clock,
                                                          const std::filesystem::path& dir);

// Pumps the app until the running lookup has answered (bounded by `limit`, real time), moving
// the manual clock along so the flow's poll timer fires.
bool settle_lookup(KioskFlow& flow, ManualTimeSource* clock,
                   std::chrono::milliseconds limit = std::chrono::seconds(10));

}  // namespace stillpoint::kiosk
