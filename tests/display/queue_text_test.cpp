// The lobby's words about the queue, its call detection, its config and its catalog: plain values.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <fstream>

#include <nlohmann/json.hpp>

#include "lobby_support.h"
#include "stillpoint/core/json_reader.h"
#include "stillpoint/display/call_watch.h"
#include "stillpoint/display/chime.h"
#include "stillpoint/display/lobby_config.h"
#include "stillpoint/display/queue_text.h"

using namespace stillpoint;
using namespace stillpoint::display;
using namespace stillpoint::display::testing;

namespace {
const LobbyStrings& S() { return LobbyStrings::builtin(); }
}  // namespace

TEST_CASE("lobby: before any snapshot the queue text is only the calm placeholder") {
  const auto q = queue_text(std::nullopt, {}, {}, S(), "en");
  CHECK(q.placeholder == "Queue status will appear here shortly");
  CHECK(q.serving.empty());
  CHECK(q.waiting.empty());
  CHECK(queue_text(std::nullopt, {}, {}, S(), "es").placeholder == "El estado de la fila aparecerá aquí en breve");
}

TEST_CASE("lobby: the queue text lists at most the configured number of next codes") {
  LobbyConfig config;
  config.next_codes = 2;
  const auto now = tuesday_at(10);
  const auto q = queue_text(queue_view(1, {{"A-01", "Room 1"}}, {"A-02", "A-03", "A-04"}), fresh_status(now),
                            config, S(), "en");
  REQUIRE(q.serving.size() == 1);
  CHECK(q.serving[0].ticket == "A-01");
  CHECK(q.next_codes == std::vector<std::string>{"A-02", "A-03"});
  CHECK(q.waiting == "3 people waiting");
  // Whose wait it is: someone walking in now (tickets of appointments say their own).
  CHECK(q.wait_range == "Walk-in wait now: about 10–20 min");
  const auto es = queue_text(queue_view(1, {{"A-01", "Room 1"}}, {"A-02", "A-03", "A-04"}),
                             fresh_status(now), config, S(), "es");
  CHECK(es.wait_range == "Espera sin cita ahora: unos 10–20 min");
  CHECK(q.status.empty());
}

TEST_CASE("lobby: with codes hidden the queue text holds counts only") {
  LobbyConfig config;
  config.show_codes = false;
  const auto q = queue_text(queue_view(1, {{"A-01", "Room 1"}}, {"A-02"}), fresh_status(tuesday_at(10)),
                            config, S(), "es");
  CHECK(q.serving.empty());
  CHECK(q.next_codes.empty());
  CHECK(q.waiting == "1 persona en espera");
}

TEST_CASE("lobby: a stale snapshot is kept and says how old it is") {
  const auto q = queue_text(queue_view(1, {}, {"A-02"}), stale_status(tuesday_at(10), std::chrono::seconds(3 * 3600)),
                            {}, S(), "en");
  CHECK(q.status == "Updating queue status · last update 3 h ago");
  CHECK(q.next_codes == std::vector<std::string>{"A-02"});
}

TEST_CASE("lobby: a bare room number reads as Room N and a named room as itself") {
  CHECK(room_label("2", S(), "en") == "Room 2");
  CHECK(room_label("2", S(), "es") == "Sala 2");
  CHECK(room_label("Garden room", S(), "en") == "Garden room");
}

TEST_CASE("lobby: only calls made after the first snapshot are announced, each once") {
  CallWatch watch;
  CHECK(watch.observe(queue_view(1, {{"A-01", "Room 1"}}, {"A-02"})).empty());
  CHECK(watch.observe(queue_view(2, {{"A-01", "Room 1"}}, {"A-02"})).empty());
  auto v3 = queue_view(3, {{"A-01", "Room 1"}, {"A-02", "Room 2"}}, {});
  v3.now_serving[1].since = TimePoint(std::chrono::seconds(42));
  const auto calls = watch.observe(v3);
  REQUIRE(calls.size() == 1);
  CHECK(calls[0] == Call{"A-02", "Room 2"});
  CHECK(watch.observe(v3).empty());
  auto recalled = v3;
  recalled.now_serving[1].room = "Room 1";  // sent to another room: announced again
  CHECK(watch.observe(recalled).size() == 1);
}

TEST_CASE("lobby: the lobby config is read strictly, naming the field") {
  const auto c = lobby_config_from_json(nlohmann::json::parse(
      R"({"queue_panel":"bottom","show_codes":false,"chime":{"enabled":false,"volume":10},"fps":24})"));
  CHECK(c.panel == PanelPlacement::bottom);
  CHECK_FALSE(c.show_codes);
  CHECK_FALSE(c.chime);
  CHECK(c.fps == 24);
  auto field_of = [](const char* text) {
    try {
      lobby_config_from_json(nlohmann::json::parse(text));
    } catch (const FieldError& e) {
      return e.field();
    }
    return std::string("accepted");
  };
  CHECK(field_of(R"({"queue_panel":"left"})") == "lobby.queue_panel");
  CHECK(field_of(R"({"fps":120})") == "lobby.fps");
  CHECK(field_of(R"({"chime":{"volume":101}})") == "lobby.chime.volume");
  CHECK(field_of(R"({"show_names":true})") == "lobby.show_names");
}

TEST_CASE("lobby: the example config's lobby section reads cleanly") {
  std::ifstream in(std::string(STILLPOINT_SOURCE_DIR) + "/config/lobby.json");
  const auto document = nlohmann::json::parse(in);
  CHECK_NOTHROW(lobby_config_from_json(document.at("lobby")));
}

TEST_CASE("lobby: every lobby string exists in English and Spanish") {
  CHECK(S().unpaired_keys().empty());
  CHECK(S().get("en", "lobby.breathe_in") == "Breathe in");
  CHECK(S().get("es", "lobby.breathe_in") == "Inhale");
}

TEST_CASE("lobby: the chime is soft: within its volume, silent at both ends") {
  const auto samples = chime_samples(48000, 0.4);
  REQUIRE(samples.size() > 48000);
  float peak = 0;
  for (float s : samples) peak = std::max(peak, std::abs(s));
  CHECK(peak <= 0.4F);
  CHECK(peak > 0.1F);
  CHECK(std::abs(samples.front()) < 0.01F);
  CHECK(std::abs(samples.back()) < 0.01F);
  for (float s : chime_samples(48000, 0.0)) CHECK(s == 0.0F);
}
