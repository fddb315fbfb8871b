#pragma once
// The lobby's playlist (assets/content/playlist.json, also served at /api/v1/content/playlist):
// playlists with schedules and palettes, each a list of slides with durations and schedules.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "stillpoint/core/lobby/breathing.h"
#include "stillpoint/core/lobby/schedule.h"

namespace stillpoint::lobby {

enum class SlideKind { breathing, text, image, queue, quiet };

// How an image fills the content area.
enum class ImageFit { cover, contain };

// A string in the two languages the lobby alternates between.
struct Bilingual {
  std::string en;
  std::string es;
};

// One slide. Only the fields of its kind are set.
struct Slide {
  std::string id;  // for logs: names the slide, never a person
  SlideKind kind = SlideKind::quiet;
  std::chrono::milliseconds duration{20000};
  Schedule schedule;
  BreathingPattern pattern = BreathingPattern::box;  // breathing
  Bilingual title;                                   // text (and an image's caption title)
  Bilingual body;                                    // text
  std::string image;                                 // image: path under the content folder
  ImageFit fit = ImageFit::cover;                    // image
};

// A named sequence of slides shown while its schedule holds, in one palette ("day", "evening").
struct Playlist {
  std::string id;
  std::string palette = "day";
  Schedule schedule;
  std::vector<Slide> slides;
};

// Every playlist of the file, in order: the first whose schedule holds is played.
struct PlaylistSet {
  std::vector<Playlist> playlists;
};

// Reads playlist.json strictly. Throws FieldError naming the field ("playlists[1].slides[0].seconds").
PlaylistSet playlist_set_from_json(const nlohmann::json& document);
// Parses and reads the text of playlist.json. Throws FieldError.
PlaylistSet parse_playlist_set(std::string_view text);

// The playlist to play at `moment`: the first whose schedule holds, else none.
const Playlist* active_playlist(const PlaylistSet& set, LocalMoment moment);

// True for a relative path of plain segments (letters, digits, '.', '_', '-'), no "..".
bool is_safe_content_path(std::string_view path);

}  // namespace stillpoint::lobby
