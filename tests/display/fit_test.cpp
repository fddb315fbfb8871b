// Every lobby slide and panel placement at every size a clinic mounts a screen at, in both
// palettes and both languages: every string inside its box, the window and its clip, no two
// strings over each other, every one readable at 4.5:1 (ui::text_problems on a recorded
// frame). Enumerated, not sampled.
#include <doctest/doctest.h>

#include "lobby_support.h"
#include "stillpoint/ui/fit_check.h"

using namespace stillpoint;
using namespace stillpoint::display;
using namespace stillpoint::display::testing;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

const ui::Size kSizes[] = {{1920, 1080}, {1280, 720}, {1366, 768}, {1280, 800}, {1080, 1920}};
const char* const kPalettes[] = {"day", "evening"};
const PanelPlacement kPanels[] = {PanelPlacement::side, PanelPlacement::bottom};

struct Slide {
  const char* name;
  const char* json;
};

const Slide kSlides[] = {
    {"breathing", R"({"id":"b","type":"breathing","pattern":"box","seconds":40})"},
    {"text", R"({"id":"t","type":"text","seconds":40,
      "title":{"en":"A quiet moment","es":"Un momento de calma"},
      "body":{"en":"You are in the right place. Rest your eyes, unclench your jaw, let your shoulders drop.",
              "es":"Está en el lugar correcto. Descanse la vista, afloje la mandíbula, deje caer los hombros."}})"},
    {"image", R"({"id":"i","type":"image","image":"images/still-water.png","seconds":40,
      "caption":{"en":"Still water","es":"Agua en calma"}})"},
    {"queue", R"({"id":"q","type":"queue","seconds":40})"},
    {"quiet", R"({"id":"z","type":"quiet","seconds":40})"},
};

std::string name_of(ui::Size size, const char* palette, PanelPlacement panel, const char* language) {
  return std::to_string(size.w) + "x" + std::to_string(size.h) + " " + palette + " panel " +
         (panel == PanelPlacement::side ? "side" : "bottom") + " " + language;
}

std::string problems(LobbyRig& rig) {
  return ui::describe(ui::text_problems(rig.lobby->app().record_frame()));
}

// Three people in rooms and five waiting: the busiest queue the panel is laid out for.
sync::QueueView busy_queue(std::int64_t version) {
  return queue_view(version, {{"A-03", "Room 1"}, {"B-12", "Room 2"}, {"A-04", "Counselling room"}},
                    {"A-05", "A-06", "B-13", "A-07", "B-14"});
}

}  // namespace

TEST_CASE("fit: every lobby slide and panel placement, at every size, palette and language") {
  for (const auto size : kSizes)
    for (const char* palette : kPalettes)
      for (const auto panel : kPanels)
        for (const Slide& slide : kSlides) {
          SharedManualClock clock(tuesday_at(10));
          auto* feed = new ScriptedFeed;
          LobbyConfig config;
          config.panel = panel;
          LobbyRig rig(assets_with_playlist(std::string("fit-") + slide.name, one_slide(slide.json, palette)),
                       config, clock, std::unique_ptr<QueueFeed>(feed), nullptr, "http://127.0.0.1:9", {},
                       size);
          feed->set(busy_queue(1), fresh_status(clock.now()));
          clock.advance(milliseconds(1500));  // past the first crossfade
          rig.lobby->pump();
          {
            INFO(std::string(slide.name) << " at " << name_of(size, palette, panel, "en"));
            CHECK(problems(rig) == "");
          }
          clock.advance(seconds(21));  // the slide's Spanish half
          feed->set(busy_queue(1), fresh_status(clock.now()));
          rig.lobby->pump();
          INFO(std::string(slide.name) << " at " << name_of(size, palette, panel, "es"));
          CHECK(problems(rig) == "");
        }
}

TEST_CASE("fit: the lobby before any snapshot, with a stale queue, and calling a code, at every size") {
  for (const auto size : kSizes)
    for (const char* palette : kPalettes)
      for (const auto panel : kPanels) {
        SharedManualClock clock(tuesday_at(10));
        auto* feed = new ScriptedFeed;
        LobbyConfig config;
        config.panel = panel;
        LobbyRig rig(assets_with_playlist("fit-states", one_slide(kSlides[4].json, palette)), config, clock,
                     std::unique_ptr<QueueFeed>(feed), nullptr, "http://127.0.0.1:9", {}, size);
        const std::string name = name_of(size, palette, panel, "en");
        clock.advance(milliseconds(1500));
        rig.lobby->pump();
        {
          INFO("before any snapshot at " << name);
          CHECK(problems(rig) == "");
        }
        feed->set(busy_queue(1), stale_status(clock.now(), seconds(185)));
        clock.advance(milliseconds(100));
        rig.lobby->pump();
        {
          INFO("a stale queue at " << name);
          CHECK_MESSAGE(rig.drew("Updating queue status"), rig.last_frame());
          CHECK(problems(rig) == "");
        }
        auto called = busy_queue(2);
        called.now_serving.push_back({"B-15", "Counselling room", clock.now()});
        feed->set(called, fresh_status(clock.now()));
        clock.advance(milliseconds(100));
        rig.lobby->pump();
        clock.advance(milliseconds(1500));  // the takeover at full strength
        rig.lobby->pump();
        INFO("calling B-15 at " << name);
        CHECK(rig.lobby->showing() == "takeover");
        CHECK(problems(rig) == "");
      }
}
