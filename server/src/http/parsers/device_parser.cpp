#include "http/parsers/parsers.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::server::http {

Heartbeat parse_heartbeat_body(const nlohmann::json& body) {
  JsonObjectReader r(body);
  Heartbeat beat;
  beat.app_version = r.string("version", 64);
  beat.outbox_depth = static_cast<int>(r.integer("outbox_depth", 0, 1'000'000));
  if (auto oldest = r.optional_integer("oldest_undelivered_seconds", 0, 100'000'000))
    beat.oldest_undelivered_seconds = static_cast<int>(*oldest);
  beat.held_items = static_cast<int>(r.optional_integer("held_items", 0, 1'000'000).value_or(0));
  r.finish();
  return beat;
}

}  // namespace stillpoint::server::http
