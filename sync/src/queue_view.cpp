#include "stillpoint/sync/queue_view.h"

#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/json_reader.h"

namespace stillpoint::sync {
namespace {

constexpr std::size_t kMaxEntries = 1000;

TimePoint timestamp(JsonObjectReader& reader, std::string_view key) {
  const auto parsed = parse_timestamp(reader.string(key, 64));
  if (!parsed) throw FieldError(reader.path_of(key), "bad timestamp");
  return *parsed;
}

std::vector<ServingEntry> read_serving(const nlohmann::json& array) {
  if (array.size() > kMaxEntries) throw FieldError("now_serving", "too many entries");
  std::vector<ServingEntry> out;
  for (const auto& item : array) {
    JsonObjectReader entry(item, "now_serving[]");
    ServingEntry serving{entry.string("ticket", 8), entry.string("room", 100), {}};
    serving.since = timestamp(entry, "since");
    entry.finish();
    out.push_back(std::move(serving));
  }
  return out;
}

std::vector<WaitingEntry> read_waiting(const nlohmann::json& array) {
  if (array.size() > kMaxEntries) throw FieldError("waiting", "too many entries");
  std::vector<WaitingEntry> out;
  for (const auto& item : array) {
    JsonObjectReader entry(item, "waiting[]");
    WaitingEntry waiting{entry.string("ticket", 8),
                         static_cast<int>(entry.integer("position", 1, 100000))};
    entry.finish();
    out.push_back(std::move(waiting));
  }
  return out;
}

std::optional<std::pair<int, int>> read_range(const nlohmann::json* range) {
  if (range == nullptr) return std::nullopt;
  if (range->size() != 2 || !(*range)[0].is_number_integer() || !(*range)[1].is_number_integer())
    throw FieldError("wait_minutes", "must be [lo, hi]");
  return std::pair{(*range)[0].get<int>(), (*range)[1].get<int>()};
}

}  // namespace

std::optional<QueueView> parse_queue_view(const std::string& body) {
  try {
    auto document = parse_json_document(body);
    // null means "nobody waits"; the strict reader treats a present null as a wrong type.
    if (document.is_object() && document.contains("wait_minutes") &&
        document["wait_minutes"].is_null())
      document.erase("wait_minutes");
    JsonObjectReader reader(document);
    QueueView view;
    view.version = reader.integer("version", 0, INT64_MAX);
    view.now_serving = read_serving(reader.array("now_serving"));
    view.waiting = read_waiting(reader.array("waiting"));
    view.wait_minutes = read_range(reader.optional_array("wait_minutes"));
    view.updated_at = timestamp(reader, "updated_at");
    reader.finish();
    return view;
  } catch (const FieldError&) {
    return std::nullopt;
  }
}

}  // namespace stillpoint::sync
