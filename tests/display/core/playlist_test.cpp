// Reading playlist.json strictly, and choosing the playlist whose schedule holds.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "stillpoint/core/json_reader.h"
#include "stillpoint/core/lobby/playlist.h"

using namespace stillpoint;
using namespace stillpoint::lobby;

namespace {

std::string field_of(const std::string& text) {
  try {
    parse_playlist_set(text);
  } catch (const FieldError& e) {
    return e.field();
  }
  return "accepted";
}

std::string slide_json(const std::string& inner) {
  return R"({"playlists":[{"id":"p","slides":[)" + inner + "]}]}";
}

}  // namespace

TEST_CASE("lobby: the shipped playlist reads cleanly and uses every slide type") {
  std::ifstream in(std::string(STILLPOINT_SOURCE_DIR) + "/assets/content/playlist.json");
  std::stringstream text;
  text << in.rdbuf();
  const PlaylistSet set = parse_playlist_set(text.str());
  REQUIRE_FALSE(set.playlists.empty());
  bool seen[5] = {};
  for (const auto& p : set.playlists)
    for (const auto& s : p.slides) seen[static_cast<int>(s.kind)] = true;
  for (bool kind_seen : seen) CHECK(kind_seen);
}

TEST_CASE("lobby: each slide type reads its own fields") {
  const auto set = parse_playlist_set(slide_json(
      R"({"id":"b","type":"breathing","pattern":"4-7-8","seconds":57},
         {"id":"t","type":"text","seconds":20,"title":{"en":"Welcome","es":"Bienvenida"},
          "body":{"en":"Take a seat.","es":"Tome asiento."}},
         {"id":"i","type":"image","seconds":15,"image":"images/dawn.png","fit":"contain"},
         {"id":"q","type":"queue","seconds":10},
         {"id":"z","type":"quiet","seconds":30,"schedule":{"from":"18:00","until":"20:00"}})"));
  const auto& slides = set.playlists.at(0).slides;
  REQUIRE(slides.size() == 5);
  CHECK(slides[0].pattern == BreathingPattern::four_seven_eight);
  CHECK(slides[0].duration == std::chrono::seconds(57));
  CHECK(slides[1].title.es == "Bienvenida");
  CHECK(slides[2].fit == ImageFit::contain);
  CHECK(slides[2].image == "images/dawn.png");
  CHECK(slides[3].kind == SlideKind::queue);
  CHECK(slides[4].schedule.window.has_value());
}

TEST_CASE("lobby: a malformed playlist is refused naming the exact field") {
  CHECK(field_of(R"({"playlists":[]})") == "playlists");
  CHECK(field_of(slide_json(R"({"id":"x","type":"video","seconds":10})")) == "playlists[0].slides[0].type");
  CHECK(field_of(slide_json(R"({"id":"x","type":"quiet","seconds":1})")) == "playlists[0].slides[0].seconds");
  CHECK(field_of(slide_json(R"({"id":"x","type":"breathing","pattern":"fast","seconds":60})")) ==
        "playlists[0].slides[0].pattern");
  CHECK(field_of(slide_json(R"({"id":"x","type":"image","image":"../../etc/passwd","seconds":9})")) ==
        "playlists[0].slides[0].image");
  CHECK(field_of(slide_json(R"({"id":"x","type":"text","seconds":9,"title":{"en":"Hi"},"body":{"en":"a","es":"b"}})")) ==
        "playlists[0].slides[0].title.es");
  CHECK(field_of(slide_json(R"({"id":"x","type":"quiet","seconds":9,"volume":3})")) ==
        "playlists[0].slides[0].volume");
}

TEST_CASE("lobby: the first playlist whose schedule holds is the one played") {
  const auto set = parse_playlist_set(R"({"playlists":[
      {"id":"evening","palette":"evening","schedule":{"from":"17:00","until":"23:00"},
       "slides":[{"id":"q","type":"quiet","seconds":30}]},
      {"id":"day","slides":[{"id":"q","type":"quiet","seconds":30}]}]})");
  const Playlist* evening = active_playlist(set, {std::chrono::Tuesday, 18 * 60});
  const Playlist* morning = active_playlist(set, {std::chrono::Tuesday, 9 * 60});
  REQUIRE(evening);
  REQUIRE(morning);
  CHECK(evening->id == "evening");
  CHECK(evening->palette == "evening");
  CHECK(morning->id == "day");
  CHECK(morning->palette == "day");
}

TEST_CASE("lobby: content paths stay inside the content folder") {
  CHECK(is_safe_content_path("images/dawn.png"));
  CHECK_FALSE(is_safe_content_path("/etc/passwd"));
  CHECK_FALSE(is_safe_content_path("images/../../x.png"));
  CHECK_FALSE(is_safe_content_path("images//x.png"));
  CHECK_FALSE(is_safe_content_path("images/x y.png"));
}
