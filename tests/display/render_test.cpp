// Headless renders of every slide type, checked through the strings the lobby draws.
#include <doctest/doctest.h>

#include <fstream>

#include "lobby_support.h"

using namespace stillpoint;
using namespace stillpoint::display;
using namespace stillpoint::display::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

// The start of a box-breathing cycle (16 s cycles counted from the epoch) after 10:00.
TimePoint box_cycle_start() {
  const auto t = tuesday_at(10).time_since_epoch();
  const auto cycle = std::chrono::duration_cast<Clock::duration>(seconds(16));
  return TimePoint((t / cycle + 1) * cycle);
}

// Moves the clock on and pumps once, so the lobby's tick timer fires and a frame is drawn.
void step(LobbyRig& rig, SharedManualClock& clock, milliseconds by) {
  clock.advance(by);
  rig.lobby->pump();
}

struct Rig {
  explicit Rig(const std::string& name, const std::string& slide, LobbyConfig config = {},
               TimePoint start = tuesday_at(10), const std::string& palette = "day")
      : clock(start),
        feed_ptr(new ScriptedFeed),
        rig(assets_with_playlist(name, one_slide(slide, palette)), config, clock,
            std::unique_ptr<QueueFeed>(feed_ptr), nullptr) {
    feed_ptr->set(queue_view(3, {{"A-03", "Room 1"}}, {"A-04", "A-05", "B-02"}), fresh_status(start));
    step(rig, clock, milliseconds(60));
  }
  SharedManualClock clock;
  ScriptedFeed* feed_ptr;  // owned by the lobby
  LobbyRig rig;
};

}  // namespace

TEST_CASE("lobby: the breathing slide says breathe in, hold and breathe out in step with the clock") {
  Rig r("breathing", R"({"id":"b","type":"breathing","pattern":"box","seconds":600})", {}, box_cycle_start());
  step(r.rig, r.clock, milliseconds(1500));  // 1.56 s into the cycle
  CHECK_MESSAGE(r.rig.drew("Breathe in"), r.rig.last_frame());
  CHECK(r.rig.drew("2"));
  CHECK(r.rig.drew("Box breathing"));
  r.rig.screenshot("breathing");
  step(r.rig, r.clock, milliseconds(4000));  // 5.56 s: holding
  CHECK_MESSAGE(r.rig.drew("Hold"), r.rig.last_frame());
  step(r.rig, r.clock, milliseconds(4000));  // 9.56 s: out
  CHECK_MESSAGE(r.rig.drew("Breathe out"), r.rig.last_frame());
}

TEST_CASE("lobby: a held breath is drawn when its count changes, not at the frame rate") {
  Rig r("breathing-hold", R"({"id":"b","type":"breathing","pattern":"box","seconds":600})", {}, box_cycle_start());
  step(r.rig, r.clock, milliseconds(4440));  // 4.5 s into the cycle: holding, counting 1
  REQUIRE_MESSAGE(r.rig.drew("Hold"), r.rig.last_frame());
  const auto frames = r.rig.lobby->app().frames_drawn();
  for (int i = 0; i < 10; ++i) step(r.rig, r.clock, milliseconds(33));  // 4.83 s: nothing moved
  CHECK(r.rig.lobby->app().frames_drawn() == frames);
  step(r.rig, r.clock, milliseconds(200));  // 5.03 s: the count turns to 2
  CHECK(r.rig.lobby->app().frames_drawn() == frames + 1);
  CHECK_MESSAGE(r.rig.drew("2"), r.rig.last_frame());
  step(r.rig, r.clock, milliseconds(3000));  // 8.03 s: breathing out, at the frame rate again
  const auto moving = r.rig.lobby->app().frames_drawn();
  for (int i = 0; i < 10; ++i) step(r.rig, r.clock, milliseconds(33));
  CHECK(r.rig.lobby->app().frames_drawn() >= moving + 9);
}

TEST_CASE("lobby: frames that redraw only the pacer's area leave the picture a full frame draws") {
  const std::string coherent = R"({"id":"c","type":"breathing","pattern":"coherent","seconds":600})";
  Rig moving("breathing-partial", coherent);
  for (int i = 0; i < 20; ++i) step(moving.rig, moving.clock, milliseconds(33));
  CHECK(moving.rig.lobby->partial_frames() >= 15);  // the pacer moved; nothing else did
  // A lobby started just now at the same instant: its first frame covers the whole output.
  Rig fresh("breathing-full", coherent, {}, moving.clock.now() - milliseconds(60));
  REQUIRE(fresh.clock.now() == moving.clock.now());
  CHECK(fresh.rig.lobby->partial_frames() == 0);
  moving.rig.screenshot("partial-frames");
  fresh.rig.screenshot("full-frame");
  const auto dir = std::filesystem::path(STILLPOINT_BINARY_DIR) / "test-output" / "lobby" / "screens";
  const auto bytes = [](const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  const std::string partial = bytes(dir / "lobby-partial-frames.png");
  CHECK_FALSE(partial.empty());
  CHECK(partial == bytes(dir / "lobby-full-frame.png"));  // same pixels, same PNG
}

TEST_CASE("lobby: the breathing slide keeps asking for frames and the text slide does not") {
  Rig breathing("breathing-frames", R"({"id":"b","type":"breathing","pattern":"coherent","seconds":600})");
  const auto before = breathing.rig.lobby->app().frames_drawn();
  for (int i = 0; i < 10; ++i) step(breathing.rig, breathing.clock, milliseconds(33));
  CHECK(breathing.rig.lobby->app().frames_drawn() >= before + 9);

  Rig text("text-frames", R"({"id":"t","type":"text","seconds":600,
      "title":{"en":"Welcome","es":"Bienvenida"},"body":{"en":"Sit.","es":"Siéntese."}})");
  step(text.rig, text.clock, milliseconds(100));
  const auto idle = text.rig.lobby->app().frames_drawn();
  for (int i = 0; i < 10; ++i) step(text.rig, text.clock, milliseconds(100));
  CHECK(text.rig.lobby->app().frames_drawn() == idle);
}

TEST_CASE("lobby: a text slide shows English first and Spanish in its second half") {
  Rig r("text", R"({"id":"t","type":"text","seconds":20,
      "title":{"en":"No need to rush","es":"Sin prisa"},
      "body":{"en":"Take the time you need.","es":"Tómese el tiempo que necesite."}})");
  CHECK_MESSAGE(r.rig.drew("No need to rush"), r.rig.last_frame());
  CHECK(r.rig.drew("Take the time you need."));
  CHECK_FALSE(r.rig.drew("Sin prisa"));
  r.rig.screenshot("text");
  step(r.rig, r.clock, seconds(10));
  CHECK_MESSAGE(r.rig.drew("Sin prisa"), r.rig.last_frame());
}

TEST_CASE("lobby: an image slide draws its picture with the caption") {
  Rig r("image", R"({"id":"i","type":"image","image":"images/morning-hills.png","seconds":20,
      "caption":{"en":"Rest your eyes for a moment","es":"Descanse la vista un momento"}})");
  CHECK(r.rig.lobby->showing() == "image");
  CHECK_MESSAGE(r.rig.drew("Rest your eyes for a moment"), r.rig.last_frame());
  step(r.rig, r.clock, seconds(3));
  r.rig.screenshot("image");
}

TEST_CASE("lobby: a slide whose image cannot load is skipped, never shown broken") {
  const std::string playlist = R"({"playlists":[{"id":"p","slides":[
      {"id":"gone","type":"image","image":"images/missing.png","seconds":20,
       "caption":{"en":"Broken caption","es":"Leyenda rota"}},
      {"id":"junk","type":"image","image":"images/junk.png","seconds":20,
       "caption":{"en":"Junk caption","es":"Leyenda basura"}},
      {"id":"q","type":"quiet","seconds":20}]}]})";
  const auto assets = assets_with_playlist("broken-image", playlist);
  std::ofstream(assets / "content" / "images" / "junk.png") << "not a picture";
  SharedManualClock clock(tuesday_at(10));
  LobbyRig rig(assets, {}, clock, std::make_unique<ScriptedFeed>(), nullptr);
  for (int i = 0; i < 5; ++i) step(rig, clock, milliseconds(500));
  CHECK(rig.lobby->showing() == "quiet");
  for (const auto& s : *rig.seen) {
    CHECK(s.find("Broken caption") == std::string::npos);
    CHECK(s.find("Junk caption") == std::string::npos);
  }
}

TEST_CASE("lobby: the queue slide shows now serving, the next codes and the wait range") {
  Rig r("queue", R"({"id":"q","type":"queue","seconds":20})");
  CHECK(r.rig.lobby->showing() == "queue");
  CHECK_MESSAGE(r.rig.drew("Now serving"), r.rig.last_frame());
  CHECK(r.rig.drew("A-03"));
  CHECK(r.rig.drew("Room 1"));
  CHECK(r.rig.drew("A-04   A-05   B-02"));
  CHECK(r.rig.drew("3 people waiting"));
  CHECK(r.rig.drew("Walk-in wait now: about 10–20 min"));
  r.rig.screenshot("queue");
}

TEST_CASE("lobby: the quiet slide shows the time and the clinic's name") {
  Rig r("quiet", R"({"id":"z","type":"quiet","seconds":20})", {}, tuesday_at(14, 5), "evening");
  CHECK_MESSAGE(r.rig.drew("2:05 PM"), r.rig.last_frame());
  CHECK(r.rig.drew("Riverside Clinic"));
  CHECK(r.rig.drew("Take your time"));
  r.rig.screenshot("quiet");
}

TEST_CASE("lobby: a new call takes over for its time with a chime, then the playlist returns") {
  SharedManualClock clock(tuesday_at(10));
  auto* feed = new ScriptedFeed;
  auto* chime = new CountingChime;
  LobbyConfig config;
  LobbyRig rig(assets_with_playlist("takeover", one_slide(R"({"id":"z","type":"quiet","seconds":60})")),
               config, clock, std::unique_ptr<QueueFeed>(feed), std::unique_ptr<Chime>(chime));
  feed->set(queue_view(1, {}, {"A-07"}), fresh_status(clock.now()));
  step(rig, clock, milliseconds(60));
  CHECK(rig.lobby->showing() == "quiet");
  feed->set(queue_view(2, {{"A-07", "Room 2"}}, {}), fresh_status(clock.now()));
  step(rig, clock, milliseconds(60));
  CHECK(rig.lobby->showing() == "takeover");
  CHECK(chime->plays == 1);
  step(rig, clock, milliseconds(1500));
  CHECK_MESSAGE(rig.drew("A-07"), rig.last_frame());
  CHECK(rig.drew("Room 2"));
  CHECK(rig.drew("Thank you for waiting"));
  rig.screenshot("takeover");
  step(rig, clock, seconds(7));
  CHECK(rig.lobby->showing() == "quiet");
  CHECK(chime->plays == 1);
}

TEST_CASE("lobby: the panel waits calmly before the first snapshot and says when the queue is stale") {
  SharedManualClock clock(tuesday_at(10));
  auto* feed = new ScriptedFeed;
  LobbyRig rig(assets_with_playlist("offline", one_slide(R"({"id":"z","type":"quiet","seconds":60})")),
               {}, clock, std::unique_ptr<QueueFeed>(feed), nullptr);
  step(rig, clock, milliseconds(60));
  CHECK_MESSAGE(rig.drew("Queue status will appear here shortly"), rig.last_frame());
  feed->set(queue_view(4, {{"A-02", "Room 1"}}, {"A-03"}), stale_status(clock.now(), seconds(185)));
  step(rig, clock, milliseconds(60));
  CHECK_MESSAGE(rig.drew("Updating queue status · last update 3 min ago"), rig.last_frame());
  CHECK(rig.drew("A-02"));  // the last queue stays: never a blank
  CHECK(rig.drew("Room 1"));
  rig.screenshot("offline");
}

TEST_CASE("lobby: with codes hidden the screen draws counts and rooms but no ticket code") {
  SharedManualClock clock(tuesday_at(10));
  auto* feed = new ScriptedFeed;
  LobbyConfig config;
  config.show_codes = false;
  LobbyRig rig(assets_with_playlist("no-codes", one_slide(R"({"id":"q","type":"queue","seconds":60})")),
               config, clock, std::unique_ptr<QueueFeed>(feed), nullptr);
  feed->set(queue_view(1, {}, {"A-07", "A-08"}), fresh_status(clock.now()));
  step(rig, clock, milliseconds(60));
  CHECK_MESSAGE(rig.drew("2 people waiting"), rig.last_frame());
  feed->set(queue_view(2, {{"A-07", "Room 2"}}, {"A-08"}), fresh_status(clock.now()));
  step(rig, clock, milliseconds(60));
  step(rig, clock, milliseconds(1500));
  CHECK_MESSAGE(rig.drew("Room 2 is ready for the next person"), rig.last_frame());
  step(rig, clock, seconds(8));
  for (const auto& s : *rig.seen) {
    CHECK(s.find("A-0") == std::string::npos);
  }
}

TEST_CASE("lobby: the queue card can sit under the content") {
  LobbyConfig config;
  config.panel = PanelPlacement::bottom;
  Rig r("bottom", R"({"id":"t","type":"text","seconds":20,
      "title":{"en":"Welcome","es":"Bienvenida"},"body":{"en":"You are in the right place.","es":"Está en el lugar correcto."}})",
        config);
  CHECK(r.rig.drew("Now serving"));
  CHECK(r.rig.drew("Welcome"));
  r.rig.screenshot("bottom-panel");
}
