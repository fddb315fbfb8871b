// The lobby is woken by a new snapshot (App::post from the feed's thread) instead of polling:
// a snapshot is drawn at once even when no timer is due, and an idle lobby sleeps.
#include <doctest/doctest.h>

#include <thread>

#include "lobby_support.h"

using namespace stillpoint;
using namespace stillpoint::display;
using namespace stillpoint::display::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

std::string text_slide() {
  return one_slide(R"({"id":"t","type":"text","seconds":600,
      "title":{"en":"Welcome","es":"Bienvenida"},"body":{"en":"Sit.","es":"Siéntese."}})");
}

}  // namespace

TEST_CASE("lobby: a snapshot from the feed's thread is drawn at once, with no timer due") {
  // The clock stands still, so no timer ever comes due: only the feed's wake-up can draw it.
  SharedManualClock clock(tuesday_at(10));
  auto* feed = new ScriptedFeed;
  LobbyRig rig(assets_with_playlist("wake-snapshot", text_slide()), {}, clock,
               std::unique_ptr<QueueFeed>(feed), nullptr);
  feed->set(queue_view(1, {}, {"A-08"}), fresh_status(clock.now()));
  rig.lobby->pump();
  REQUIRE_MESSAGE(rig.drew("A-08"), rig.last_frame());
  std::thread poller([&] {
    std::this_thread::sleep_for(milliseconds(100));  // the loop is waiting by now
    feed->set(queue_view(2, {}, {"A-08", "A-09"}), fresh_status(clock.now()));
  });
  bool drawn = false;
  for (int i = 0; i < 3 && !drawn; ++i) {
    rig.lobby->run_once(seconds(2));
    drawn = rig.drew("A-09");
  }
  poller.join();
  CHECK_MESSAGE(drawn, rig.last_frame());
  CHECK(rig.drew("2 people waiting"));
}

TEST_CASE("lobby: an idle lobby sleeps until its clock's next second, not a short poll") {
  SharedManualClock clock(tuesday_at(10));
  auto* feed = new ScriptedFeed;
  LobbyRig rig(assets_with_playlist("wake-idle", text_slide()), {}, clock,
               std::unique_ptr<QueueFeed>(feed), nullptr);
  feed->set(queue_view(1, {}, {"A-08"}), fresh_status(clock.now()));
  clock.advance(milliseconds(60));
  rig.lobby->pump();
  rig.lobby->pump();
  const auto budget = rig.lobby->app().wait_budget();
  REQUIRE(budget);
  CHECK(*budget == milliseconds(940));  // the next whole second: the clock's minute may turn
  const auto frames = rig.lobby->app().frames_drawn();
  clock.advance(milliseconds(940));
  CHECK_FALSE(rig.lobby->pump());  // the tick found nothing new to draw
  CHECK(rig.lobby->app().frames_drawn() == frames);
}

TEST_CASE("lobby: the slide changes on time, without waiting for the next second") {
  SharedManualClock clock(tuesday_at(10) + milliseconds(300));
  const std::string playlist = R"({"playlists":[{"id":"p","slides":[
      {"id":"t","type":"text","seconds":5,"title":{"en":"First","es":"Primero"},"body":{"en":"a","es":"a"}},
      {"id":"u","type":"text","seconds":5,"title":{"en":"Second","es":"Segundo"},"body":{"en":"b","es":"b"}}]}]})";
  LobbyRig rig(assets_with_playlist("wake-slide", playlist), {}, clock, std::make_unique<ScriptedFeed>(), nullptr);
  rig.lobby->pump();
  REQUIRE(rig.drew("First"));
  clock.advance(milliseconds(4900));  // 100 ms before the change, which is not on a whole second
  rig.lobby->pump();
  const auto budget = rig.lobby->app().wait_budget();
  REQUIRE(budget);
  CHECK(*budget <= milliseconds(100));
  clock.advance(*budget);
  rig.lobby->pump();
  clock.advance(milliseconds(1200));  // through the crossfade
  rig.lobby->pump();
  CHECK_MESSAGE(rig.drew("Second"), rig.last_frame());
}

TEST_CASE("lobby: an image slide redraws its slow pan in steps, not at the full frame rate") {
  SharedManualClock clock(tuesday_at(10));
  LobbyRig rig(assets_with_playlist("wake-image", one_slide(R"({"id":"i","type":"image",
      "image":"images/morning-hills.png","seconds":60})")),
               {}, clock, std::make_unique<ScriptedFeed>(), nullptr);
  rig.lobby->pump();
  rig.lobby->pump();
  REQUIRE(rig.lobby->showing() == "image");
  const auto frames = rig.lobby->app().frames_drawn();
  for (int i = 0; i < 4; ++i) {  // 120 ms: within one 125 ms step, nothing to draw
    clock.advance(milliseconds(30));
    rig.lobby->pump();
  }
  CHECK(rig.lobby->app().frames_drawn() == frames);
  clock.advance(milliseconds(10));  // 130 ms: the pan's next step
  rig.lobby->pump();
  CHECK(rig.lobby->app().frames_drawn() == frames + 1);
  const auto budget = rig.lobby->app().wait_budget();
  REQUIRE(budget);
  CHECK(*budget == milliseconds(120));  // asleep until the step after
}
