#include "stillpoint/core/lobby/playlist.h"

#include <algorithm>

#include "stillpoint/core/json_reader.h"

namespace stillpoint::lobby {
namespace {

constexpr std::size_t kTitleMax = 80;   // short on purpose: read from across a room
constexpr std::size_t kBodyMax = 280;

std::string indexed(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

Bilingual read_bilingual(JsonObjectReader& parent, std::string_view key, std::size_t max) {
  JsonObjectReader r(parent.object(key), parent.path_of(key));
  Bilingual text{r.string("en", max), r.string("es", max)};
  r.finish();
  if (text.en.empty() || text.es.empty())
    throw FieldError(parent.path_of(key), parent.path_of(key) + " needs English and Spanish text");
  return text;
}

SlideKind read_kind(JsonObjectReader& r) {
  const std::string type = r.string("type", 16);
  if (type == "breathing") return SlideKind::breathing;
  if (type == "text") return SlideKind::text;
  if (type == "image") return SlideKind::image;
  if (type == "queue") return SlideKind::queue;
  if (type == "quiet") return SlideKind::quiet;
  throw FieldError(r.path_of("type"), "type must be breathing, text, image, queue or quiet");
}

void read_kind_fields(JsonObjectReader& r, Slide& slide) {
  switch (slide.kind) {
    case SlideKind::breathing: {
      const auto pattern = parse_breathing_pattern(r.string("pattern", 16));
      if (!pattern) throw FieldError(r.path_of("pattern"), "pattern must be box, 4-7-8 or coherent");
      slide.pattern = *pattern;
      break;
    }
    case SlideKind::text:
      slide.title = read_bilingual(r, "title", kTitleMax);
      slide.body = read_bilingual(r, "body", kBodyMax);
      break;
    case SlideKind::image: {
      slide.image = r.string("image", 200);
      if (!is_safe_content_path(slide.image))
        throw FieldError(r.path_of("image"), "image must be a plain relative path such as images/dawn.png");
      const std::string fit = r.optional_string("fit", 16).value_or("cover");
      if (fit != "cover" && fit != "contain")
        throw FieldError(r.path_of("fit"), "fit must be cover or contain");
      slide.fit = fit == "cover" ? ImageFit::cover : ImageFit::contain;
      if (r.has("caption")) slide.title = read_bilingual(r, "caption", kTitleMax);
      break;
    }
    case SlideKind::queue:
    case SlideKind::quiet: break;
  }
}

Slide read_slide(const nlohmann::json& value, const std::string& path) {
  JsonObjectReader r(value, path);
  Slide slide;
  slide.id = r.string("id", 64);
  slide.kind = read_kind(r);
  slide.duration = std::chrono::seconds(r.integer("seconds", 5, 3600));
  if (const auto* s = r.optional_object("schedule"))
    slide.schedule = schedule_from_json(*s, r.path_of("schedule"));
  read_kind_fields(r, slide);
  r.finish();
  return slide;
}

Playlist read_playlist(const nlohmann::json& value, const std::string& path) {
  JsonObjectReader r(value, path);
  Playlist playlist;
  playlist.id = r.string("id", 64);
  if (auto palette = r.optional_string("palette", 16)) {
    if (*palette != "day" && *palette != "evening")
      throw FieldError(r.path_of("palette"), "palette must be day or evening");
    playlist.palette = *palette;
  }
  if (const auto* s = r.optional_object("schedule"))
    playlist.schedule = schedule_from_json(*s, r.path_of("schedule"));
  const auto& slides = r.array("slides");
  if (slides.empty() || slides.size() > 100)
    throw FieldError(r.path_of("slides"), "slides must hold 1 to 100 slides");
  for (std::size_t i = 0; i < slides.size(); ++i)
    playlist.slides.push_back(read_slide(slides[i], indexed(r.path_of("slides"), i)));
  r.finish();
  return playlist;
}

}  // namespace

PlaylistSet playlist_set_from_json(const nlohmann::json& document) {
  JsonObjectReader r(document);
  r.optional_string("$comment", 4096);
  const auto& playlists = r.array("playlists");
  if (playlists.empty() || playlists.size() > 20)
    throw FieldError("playlists", "playlists must hold 1 to 20 playlists");
  PlaylistSet set;
  for (std::size_t i = 0; i < playlists.size(); ++i)
    set.playlists.push_back(read_playlist(playlists[i], indexed("playlists", i)));
  r.finish();
  return set;
}

PlaylistSet parse_playlist_set(std::string_view text) {
  return playlist_set_from_json(parse_json_document(text));
}

const Playlist* active_playlist(const PlaylistSet& set, LocalMoment moment) {
  for (const Playlist& p : set.playlists)
    if (p.schedule.includes(moment)) return &p;
  return nullptr;
}

bool is_safe_content_path(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.back() == '/') return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string_view segment = path.substr(start, end - start);
    const bool plain = std::all_of(segment.begin(), segment.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
             c == '.' || c == '_' || c == '-';
    });
    if (segment.empty() || !plain || segment == "." || segment == "..") return false;
    start = end + 1;
  }
  return true;
}

}  // namespace stillpoint::lobby
