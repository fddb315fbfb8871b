// The lobby against a real stillpoint-server on loopback: calls take over the screen, nothing
// personal is ever drawn, and a lobby started before its server picks the queue up later.
#include <doctest/doctest.h>

#include <functional>
#include <set>

#include "clinic_server.h"
#include "lobby_support.h"
#include "stillpoint/core/civil_time.h"

using namespace stillpoint;
using namespace stillpoint::display;
using namespace stillpoint::display::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const std::vector<std::string> kSentinels = {"Zebulon", "Sentinelname", "Marigold", "Quillsurname",
                                             "Heliotrope", "Practitionersentinel", "counselling", "1980-02-03"};

std::unique_ptr<QueueFeed> poller(const ClinicServer& server, const TimeSource& clock) {
  sync::QueuePollerOptions o;
  o.server = sync::ServerEndpoint{server.url(), server.display_token};
  return make_poller_feed(o, clock);
}

// Pumps in real time until `text` is drawn (at most `limit`).
bool draws_within(LobbyRig& rig, const std::string& text, seconds limit) {
  const int pumps = static_cast<int>(limit / milliseconds(20));
  return rig.pump_until([&] { return rig.drew(text); }, pumps, milliseconds(20));
}

std::string every_slide_playlist() {
  return R"({"playlists":[{"id":"all","slides":[
    {"id":"b","type":"breathing","pattern":"box","seconds":5},
    {"id":"t","type":"text","seconds":5,"title":{"en":"Welcome","es":"Bienvenida"},"body":{"en":"Sit.","es":"Siéntese."}},
    {"id":"i","type":"image","image":"images/still-water.png","seconds":5,"caption":{"en":"Look","es":"Mire"}},
    {"id":"q","type":"queue","seconds":5},
    {"id":"z","type":"quiet","seconds":5}]}]})";
}

// Pumps while moving the shared clock with real time, until `done` (at most `limit`).
bool pump_manual(LobbyRig& rig, SharedManualClock& clock, const std::function<bool()>& done, seconds limit) {
  const int pumps = static_cast<int>(limit / milliseconds(20));
  return rig.pump_until([&] {
    clock.advance(milliseconds(20));
    return done();
  }, pumps, milliseconds(20));
}

}  // namespace

TEST_CASE("lobby: a ticket called by staff takes over the lobby with its room") {
  ClinicServer server(scratch_dir("server-takeover") / "server");
  server.start();
  REQUIRE(server.check_in(ClinicServer::walk_in("A-01")) == 201);
  SystemTimeSource clock;
  auto* chime = new CountingChime;
  LobbyRig rig(assets_with_playlist("server-takeover-assets", one_slide(R"({"id":"z","type":"quiet","seconds":60})")),
               {}, clock, poller(server, clock), std::unique_ptr<Chime>(chime));
  REQUIRE_MESSAGE(draws_within(rig, "A-01", seconds(15)), rig.last_frame());
  REQUIRE(server.call("A-01", "Room 2") == 200);
  CHECK_MESSAGE(rig.pump_until([&] { return rig.lobby->showing() == "takeover" && rig.drew("Room 2"); }, 750,
                               milliseconds(20)),
                rig.last_frame());
  CHECK(rig.drew("A-01"));
  CHECK(chime->plays == 1);
}

TEST_CASE("lobby: no name, birth date, service or intake answer ever reaches the screen") {
  ClinicServer server(scratch_dir("server-privacy") / "server");
  const std::string soon = format_timestamp(Clock::now() + std::chrono::minutes(10));
  server.import_appointments({"Zebulon,Sentinelname,1980-02-03," + soon + ",Dr. Practitionersentinel,counselling",
                              "Marigold,Quillsurname,1979-05-06," + soon + ",Dr. Practitionersentinel,counselling"});
  server.start();
  const std::string appointment = server.lookup("1980-02-03", "Z");
  REQUIRE_FALSE(appointment.empty());
  nlohmann::json arrived = ClinicServer::walk_in("A-01");
  arrived["kind"] = "appointment";
  arrived.erase("service");
  arrived["appointment_id"] = appointment;
  REQUIRE(server.check_in(arrived) == 201);
  REQUIRE(server.check_in(ClinicServer::walk_in("A-02", "Heliotrope Sentinelname worries")) == 201);

  SharedManualClock clock(Clock::now());
  LobbyRig rig(assets_with_playlist("server-privacy-assets", every_slide_playlist()), {}, clock,
               poller(server, clock), nullptr);
  REQUIRE_MESSAGE(pump_manual(rig, clock, [&] { return rig.drew("A-02"); }, seconds(30)), rig.last_frame());
  REQUIRE(server.call("A-01", "Room 1") == 200);
  REQUIRE_MESSAGE(pump_manual(rig, clock, [&] { return rig.lobby->showing() == "takeover" && rig.drew("Room 1"); },
                              seconds(30)),
                  rig.last_frame());
  for (int i = 0; i < 160; ++i) {  // 40 s of lobby time: the takeover and every slide, twice
    clock.advance(milliseconds(250));
    rig.lobby->pump();
  }
  std::set<std::string> kinds_seen;
  for (const auto& s : *rig.seen) {
    for (const auto& sentinel : kSentinels) CHECK_MESSAGE(s.find(sentinel) == std::string::npos, s);
    kinds_seen.insert(s);
  }
  CHECK(kinds_seen.contains("Welcome"));   // the text slide was drawn
  CHECK(kinds_seen.contains("Look"));      // the image slide
  CHECK(kinds_seen.contains("Breathe in") + kinds_seen.contains("Hold") + kinds_seen.contains("Breathe out") > 0);
}

TEST_CASE("lobby: started with no server it plays its content, then picks the queue up") {
  ClinicServer server(scratch_dir("server-late") / "server");
  server.start();
  const int port = server.port();
  server.stop();
  SystemTimeSource clock;
  LobbyRig rig(assets_with_playlist("server-late-assets", one_slide(R"({"id":"t","type":"text","seconds":60,
      "title":{"en":"Welcome","es":"Bienvenida"},"body":{"en":"Sit.","es":"Siéntese."}})")),
               {}, clock, poller(server, clock), nullptr);
  REQUIRE(draws_within(rig, "Queue status will appear here shortly", seconds(5)));
  CHECK(rig.drew("Welcome"));
  server.start(port);
  REQUIRE(server.check_in(ClinicServer::walk_in("A-01")) == 201);
  CHECK_MESSAGE(draws_within(rig, "A-01", seconds(20)), rig.last_frame());
  CHECK(rig.drew("1 person waiting"));
}

TEST_CASE("lobby: it reports in, so the devices view shows the screen as heard from") {
  ClinicServer server(scratch_dir("server-heartbeat") / "server");
  server.start();
  REQUIRE(server.device("lobby-1").at("last_seen").is_null());  // never heard from yet
  SystemTimeSource clock;
  LobbyRig rig(assets_with_playlist("server-heartbeat-assets", one_slide(R"({"id":"z","type":"quiet","seconds":60})")),
               {}, clock, poller(server, clock), std::make_unique<CountingChime>(), server.url(),
               server.display_token);
  CHECK(rig.pump_until([&] { return !server.device("lobby-1").at("last_seen").is_null(); }, 500,
                       milliseconds(20)));
  CHECK(server.device("lobby-1").at("version").get<std::string>().size() > 0);
}
