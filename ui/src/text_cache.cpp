#include "stillpoint/ui/text_cache.h"

#include <array>
#include <cstdint>
#include <charconv>
#include <cmath>
#include <list>
#include <stdexcept>
#include <unordered_map>

#include "sdl.h"

namespace stillpoint::ui {

namespace {

struct FontDeleter {
  void operator()(TTF_Font* f) const { TTF_CloseFont(f); }
};
using FontPtr = std::unique_ptr<TTF_Font, FontDeleter>;

struct TextureDeleter {
  void operator()(SDL_Texture* t) const { SDL_DestroyTexture(t); }
};
using TexturePtr = std::unique_ptr<SDL_Texture, TextureDeleter>;

struct SurfaceDeleter {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};
using SurfacePtr = std::unique_ptr<SDL_Surface, SurfaceDeleter>;

int wrapped_align(TextAlign a) {
  switch (a) {
    case TextAlign::center: return TTF_WRAPPED_ALIGN_CENTER;
    case TextAlign::right: return TTF_WRAPPED_ALIGN_RIGHT;
    case TextAlign::left: break;
  }
  return TTF_WRAPPED_ALIGN_LEFT;
}

// Builds the cache key into `key`, reusing its storage: no allocation per drawn string once
// the buffer has grown to the longest text.
void key_of(std::string& key, std::string_view text, TextStyle style, Color color, int wrap) {
  key.assign(text);
  key.push_back('\0');
  char buf[64];
  char* const end = buf + sizeof buf;
  char* p = buf;
  for (int v : {static_cast<int>(style.size), style.bold ? 1 : 0, static_cast<int>(style.align),
                wrap, int{color.r}, int{color.g}, int{color.b}, int{color.a}}) {
    p = std::to_chars(p, end, v).ptr;
    *p++ = ',';
  }
  key.append(buf, p);
}

struct Entry {
  std::string key;
  TexturePtr texture;  // null for measure-only entries
  Size size;
  std::uint64_t frame = 0;  // last frame that drew it
  std::size_t bytes() const { return texture ? static_cast<std::size_t>(size.w) * static_cast<std::size_t>(size.h) * 4 : 0; }
};

}  // namespace

struct TextCache::Impl {
  SDL_Renderer* renderer;
  std::size_t capacity;
  std::array<FontPtr, 6> fonts;  // [size * 2 + bold]
  std::array<int, 3> pixel_sizes{};
  FontFiles files;
  // Most recently used first; textures and measured sizes share one bound.
  std::list<Entry> lru;
  std::unordered_map<std::string, std::list<Entry>::iterator> index;
  TextObserver observer;
  std::string key_scratch;  // reused for lookups
  std::size_t byte_budget = TextCache::kDefaultByteBudget;
  std::size_t bytes = 0;
  std::uint64_t frame = 1;
  std::size_t created = 0;
  std::size_t destroyed = 0;

  TTF_Font* font(TextStyle style) const {
    return fonts[static_cast<std::size_t>(style.size) * 2 + (style.bold ? 1 : 0)].get();
  }
  SurfacePtr render(std::string_view text, TextStyle style, Color color, int wrap) const;
  Entry* find(const std::string& key);
  Entry& insert(std::string key, TexturePtr texture, Size size);
  void evict_to(std::size_t limit);
  void evict_bytes(std::size_t incoming);
  void drop_back();
};

SurfacePtr TextCache::Impl::render(std::string_view text, TextStyle style, Color color,
                                   int wrap) const {
  TTF_Font* f = font(style);
  if (f == nullptr) throw std::runtime_error("TextCache used before set_fonts()");
  const std::string s(text);
  const SDL_Color c{color.r, color.g, color.b, color.a};
  if (wrap <= 0) return SurfacePtr(TTF_RenderUTF8_Blended(f, s.c_str(), c));
  TTF_SetFontWrappedAlign(f, wrapped_align(style.align));
  return SurfacePtr(TTF_RenderUTF8_Blended_Wrapped(f, s.c_str(), c, static_cast<Uint32>(wrap)));
}

Entry* TextCache::Impl::find(const std::string& key) {
  auto it = index.find(key);
  if (it == index.end()) return nullptr;
  lru.splice(lru.begin(), lru, it->second);
  it->second->frame = frame;
  return &*it->second;
}

Entry& TextCache::Impl::insert(std::string key, TexturePtr texture, Size size) {
  evict_to(capacity - 1);
  if (texture) {
    ++created;
    evict_bytes(static_cast<std::size_t>(size.w) * static_cast<std::size_t>(size.h) * 4);
  }
  lru.push_front({std::move(key), std::move(texture), size, frame});
  bytes += lru.front().bytes();
  index[lru.front().key] = lru.begin();
  return lru.front();
}

void TextCache::Impl::drop_back() {
  if (lru.back().texture) ++destroyed;
  bytes -= lru.back().bytes();
  index.erase(lru.back().key);
  lru.pop_back();
}

void TextCache::Impl::evict_to(std::size_t limit) {
  while (lru.size() > limit) drop_back();
}

void TextCache::Impl::evict_bytes(std::size_t incoming) {
  // Least recently used first, stopping at the current frame's textures.
  while (!lru.empty() && bytes + incoming > byte_budget && lru.back().frame != frame) drop_back();
}

TextCache::TextCache(SDL_Renderer* renderer, std::size_t capacity)
    : impl_(std::make_unique<Impl>()) {
  impl_->renderer = renderer;
  impl_->capacity = capacity < 2 ? 2 : capacity;
}

TextCache::~TextCache() { clear(); }

void TextCache::set_fonts(const FontFiles& files, const Theme& theme, double scale) {
  const std::array<int, 3> refs{theme.font_small, theme.font_normal, theme.font_large};
  std::array<int, 3> sizes{};
  for (std::size_t i = 0; i < 3; ++i)
    sizes[i] = std::max(8, static_cast<int>(std::lround(refs[i] * scale)));
  if (impl_->fonts[0] && sizes == impl_->pixel_sizes && files.regular == impl_->files.regular &&
      files.bold == impl_->files.bold)
    return;
  clear();
  for (std::size_t i = 0; i < 6; ++i) {
    const auto& path = (i % 2 == 1) ? files.bold : files.regular;
    impl_->fonts[i].reset(TTF_OpenFont(path.c_str(), sizes[i / 2]));
    if (!impl_->fonts[i])
      throw std::runtime_error("cannot open font " + path.string() + ": " + TTF_GetError());
    TTF_SetFontHinting(impl_->fonts[i].get(), TTF_HINTING_LIGHT);
  }
  impl_->pixel_sizes = sizes;
  impl_->files = files;
}

int TextCache::line_height(FontSize size) const {
  TTF_Font* f = impl_->font({size, false, TextAlign::left});
  return f ? TTF_FontLineSkip(f) : 0;
}

Size TextCache::measure(std::string_view text, TextStyle style, int wrap_width) {
  if (text.empty()) return {0, line_height(style.size)};
  // Colour does not change the size: measured sizes share one colourless key.
  key_of(impl_->key_scratch, text, style, Color{0, 0, 0, 0}, wrap_width);
  if (Entry* e = impl_->find(impl_->key_scratch)) return e->size;
  SurfacePtr surface = impl_->render(text, style, Color{}, wrap_width);
  const Size size = surface ? Size{surface->w, surface->h} : Size{0, line_height(style.size)};
  return impl_->insert(impl_->key_scratch, nullptr, size).size;
}

Size TextCache::draw(std::string_view text, TextStyle style, Color color, int wrap_width,
                     Point at) {
  if (impl_->observer) impl_->observer(text);
  if (text.empty()) return {0, line_height(style.size)};
  key_of(impl_->key_scratch, text, style, color, wrap_width);
  Entry* entry = impl_->find(impl_->key_scratch);
  if (entry == nullptr) {
    SurfacePtr surface = impl_->render(text, style, color, wrap_width);
    if (!surface) return {0, 0};
    TexturePtr texture(SDL_CreateTextureFromSurface(impl_->renderer, surface.get()));
    if (!texture) return {0, 0};
    entry = &impl_->insert(impl_->key_scratch, std::move(texture), {surface->w, surface->h});
  }
  const SDL_Rect dst{at.x, at.y, entry->size.w, entry->size.h};
  SDL_RenderCopy(impl_->renderer, entry->texture.get(), nullptr, &dst);
  return entry->size;
}

void TextCache::clear() { impl_->evict_to(0); }

void TextCache::begin_frame() { ++impl_->frame; }
void TextCache::set_byte_budget(std::size_t bytes) { impl_->byte_budget = bytes; }
std::size_t TextCache::texture_bytes() const { return impl_->bytes; }

void TextCache::set_observer(TextObserver observer) { impl_->observer = std::move(observer); }

std::size_t TextCache::size() const { return impl_->lru.size(); }
std::size_t TextCache::capacity() const { return impl_->capacity; }
std::size_t TextCache::textures_alive() const { return impl_->created - impl_->destroyed; }
std::size_t TextCache::textures_created() const { return impl_->created; }
std::size_t TextCache::textures_destroyed() const { return impl_->destroyed; }

}  // namespace stillpoint::ui
