#pragma once
// Rendered text kept as textures in a bounded LRU cache keyed by (text, style, colour, wrap
// width), so an idle or animating screen never re-rasterises its strings. Clearing it destroys
// every texture: used when a person's input is wiped.
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "stillpoint/ui/fonts.h"
#include "stillpoint/ui/geometry.h"
#include "stillpoint/ui/theme.h"

struct SDL_Renderer;
struct SDL_Texture;

namespace stillpoint::ui {

// The three theme sizes.
enum class FontSize { small, normal, large };
// Alignment of the lines of wrapped text within its block.
enum class TextAlign { left, center, right };

// How a string is set.
struct TextStyle {
  FontSize size = FontSize::normal;
  bool bold = false;
  TextAlign align = TextAlign::left;
  friend bool operator==(const TextStyle&, const TextStyle&) = default;
};

// Sees every string drawn (privacy tests intercept all text a screen shows).
using TextObserver = std::function<void(std::string_view text)>;

// The fonts for one theme at one scale plus the cache of textures made with them.
class TextCache {
public:
  // Entries kept before the least recently used is destroyed.
  static constexpr std::size_t kDefaultCapacity = 256;
  // Texture bytes kept before textures not drawn in the current frame are destroyed (least
  // recently used first). Textures are 4 bytes a pixel and a full screen of text is a few MiB,
  // so this bounds the memory of earlier screens' text; a frame that needs more keeps all it
  // draws (never re-rasterised within a frame).
  static constexpr std::size_t kDefaultByteBudget = std::size_t{3} << 20;

  TextCache(SDL_Renderer* renderer, std::size_t capacity = kDefaultCapacity);
  ~TextCache();
  TextCache(const TextCache&) = delete;
  TextCache& operator=(const TextCache&) = delete;

  // Opens the fonts at the theme's three sizes times `scale`; reopens (and clears) only when
  // something changed. Throws std::runtime_error when a font cannot be opened.
  void set_fonts(const FontFiles& files, const Theme& theme, double scale);
  // Pixel size of `text` as drawn; wrap_width 0 keeps one line. Empty text has a line's height.
  Size measure(std::string_view text, TextStyle style, int wrap_width);
  // Line height of a size, in pixels.
  int line_height(FontSize size) const;
  // Draws `text` with its top-left at `at`; tells the observer. Returns the drawn size.
  Size draw(std::string_view text, TextStyle style, Color color, int wrap_width, Point at);
  // Marks the start of a frame (the Painter calls it): textures drawn from now on are the
  // current frame's and are not evicted for the byte budget until the next frame.
  void begin_frame();
  void set_byte_budget(std::size_t bytes);
  // Bytes of the textures alive (4 a pixel).
  std::size_t texture_bytes() const;
  // Destroys every texture and forgets every measured string.
  void clear();
  // Sets (or with {} removes) the observer of drawn strings.
  void set_observer(TextObserver observer);

  std::size_t size() const;
  std::size_t capacity() const;
  // Textures currently alive, and counts since construction (for tests and benches).
  std::size_t textures_alive() const;
  std::size_t textures_created() const;
  std::size_t textures_destroyed() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::ui
