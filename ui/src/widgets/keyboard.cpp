#include "stillpoint/ui/widgets/keyboard.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "stillpoint/ui/widgets/key_button.h"

namespace stillpoint::ui {

namespace {

constexpr int kGap = 10;
constexpr int kUnitsPerRow = 20;
constexpr int kRows = 5;

constexpr std::array<std::string_view, 10> kRow1{"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"};
constexpr std::array<std::string_view, 10> kRow2{"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"};
constexpr std::array<std::string_view, 7> kRow3{"z", "x", "c", "v", "b", "n", "m"};
constexpr std::array<std::string_view, 10> kRow4{"á", "é", "í", "ó", "ú", "ü", "¿", "¡", ",", "."};

// The digits-and-symbols layer: what intake answers need beyond letters (ages, doses, times,
// dates, amounts).
constexpr std::array<std::string_view, 10> kDigits{"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"};
constexpr std::array<std::string_view, 10> kSymbols1{"/", ":", ";", "(", ")", "+", "=", "%", "&", "@"};
constexpr std::array<std::string_view, 7> kSymbols2{",", "#", "*", "\"", "°", "€", "£"};
constexpr std::array<std::string_view, 10> kSymbols3{"$", "_", "~", "<", ">", "[", "]", "½", "¼", "¾"};

}  // namespace

// A letter key: types its letter (upper case while Shift is on) and then releases Shift.
class Keyboard::LetterKey : public KeyButton {
public:
  LetterKey(Keyboard& keyboard, std::string lower)
      : KeyButton(lower), keyboard_(keyboard), lower_(std::move(lower)) {}
  void set_upper(bool upper) { set_insert(upper ? keyboard_upper(lower_) : lower_); }

protected:
  void fire(const UiContext& ctx) override {
    KeyButton::fire(ctx);
    keyboard_.typed_letter();
  }

private:
  Keyboard& keyboard_;
  std::string lower_;
};

template <class T, class... Args>
T& Keyboard::place_key(Slot slot, Args&&... args) {
  slots_.push_back(slot);
  T& k = add<T>(std::forward<Args>(args)...);
  k.set_visible(slot.layer != Layer::symbols);
  return k;
}

Keyboard::Keyboard(Text space_label, Text erase_label, Text shift_label, Text symbols_label,
                   Text letters_label)
    : symbols_label_(std::move(symbols_label)), letters_label_(std::move(letters_label)) {
  const Layer L = Layer::letters;
  const Layer S = Layer::symbols;
  for (auto k : kRow1) place_key<LetterKey>({L, 0, 2}, *this, std::string(k));
  for (auto k : kRow2) place_key<LetterKey>({L, 1, 2}, *this, std::string(k));
  shift_ = &place_key<Button>({L, 2, 3}, std::move(shift_label), [this] { set_shifted(!shifted_); },
                        ButtonStyle::key);
  shift_->set_icon(ButtonIcon::shift);
  for (auto k : kRow3) place_key<LetterKey>({L, 2, 2}, *this, std::string(k));
  place_key<KeyButton>({L, 2, 3}, Key::backspace, erase_label, ButtonIcon::backspace);
  for (auto k : kRow4) place_key<LetterKey>({L, 3, 2}, *this, std::string(k));

  for (auto k : kDigits) place_key<KeyButton>({S, 0, 2}, std::string(k));
  for (auto k : kSymbols1) place_key<KeyButton>({S, 1, 2}, std::string(k));
  place_key<KeyButton>({S, 2, 3}, ".");
  for (auto k : kSymbols2) place_key<KeyButton>({S, 2, 2}, std::string(k));
  place_key<KeyButton>({S, 2, 3}, Key::backspace, std::move(erase_label), ButtonIcon::backspace);
  for (auto k : kSymbols3) place_key<KeyButton>({S, 3, 2}, std::string(k));

  const Layer B = Layer::both;
  layer_ = &place_key<Button>({B, 4, 3}, symbols_label_, [this] { show_symbols(!symbols_); },
                        ButtonStyle::key);
  place_key<KeyButton>({B, 4, 2}, "'");
  place_key<KeyButton>({B, 4, 9}, " ").set_label(std::move(space_label));
  place_key<KeyButton>({B, 4, 2}, "-");
  place_key<KeyButton>({B, 4, 2}, "?");
  place_key<KeyButton>({B, 4, 2}, "!");
}

void Keyboard::set_shifted(bool shifted) {
  if (shifted_ == shifted) return;
  shifted_ = shifted;
  shift_->set_latched(shifted);
  for (const auto& child : children())
    if (auto* letter = dynamic_cast<LetterKey*>(child.get())) letter->set_upper(shifted);
}

void Keyboard::show_symbols(bool symbols) {
  if (symbols_ == symbols) return;
  symbols_ = symbols;
  set_shifted(false);
  layer_->set_label(symbols ? letters_label_ : symbols_label_);
  std::size_t i = 0;
  for (const auto& child : children()) {
    const Layer layer = slots_[i++].layer;
    if (layer != Layer::both) child->set_visible((layer == Layer::symbols) == symbols);
  }
}

void Keyboard::typed_letter() { set_shifted(false); }

int Keyboard::row_height(const UiContext& ctx) const { return ctx.target(); }

Size Keyboard::measure(const UiContext& ctx, int width) {
  return {width, kRows * row_height(ctx) + (kRows - 1) * ctx.px(kGap)};
}

void Keyboard::arrange_children(const UiContext& ctx, Rect bounds) {
  const int gap = ctx.px(kGap);
  const int unit = 2 * (bounds.w - (kUnitsPerRow / 2 - 1) * gap) / kUnitsPerRow;
  const int rh = row_height(ctx);
  // Both layers are placed (the hidden one keeps its place for when it is shown again).
  std::array<int, kRows> x_letters;
  std::array<int, kRows> x_symbols;
  x_letters.fill(bounds.x);
  x_symbols.fill(bounds.x);
  std::size_t index = 0;
  for (const auto& key : children()) {
    const Slot s = slots_[index++];
    auto& xs = s.layer == Layer::symbols ? x_symbols : x_letters;
    int& x = xs[static_cast<std::size_t>(s.row)];
    // Two half-keys and the gap between keys make one key, so every row ends at the same edge.
    const int w = s.units * unit / 2 + (s.units / 2 - 1) * gap + (s.units % 2) * gap / 2;
    key->arrange(ctx, {x, bounds.y + s.row * (rh + gap), w, rh});
    x += w + gap;
    if (s.layer == Layer::both) x_symbols[static_cast<std::size_t>(s.row)] = x;
  }
}

const std::vector<std::string>& LetterKeys::letters() {
  static const std::vector<std::string> all{"A", "Á", "B", "C", "D", "E", "É", "F", "G", "H", "I",
                                            "Í", "J", "K", "L", "M", "N", "Ñ", "O", "Ó", "P", "Q",
                                            "R", "S", "T", "U", "Ú", "V", "W", "X", "Y", "Z"};
  return all;
}

LetterKeys::LetterKeys(int columns) : columns_(std::max(1, columns)) {
  for (const std::string& letter : letters()) {
    add<Button>(Text::literal(letter), [this, letter] {
      set_picked(letter);
      if (on_pick_) on_pick_(letter);
    }, ButtonStyle::key);
  }
}

void LetterKeys::set_picked(const std::string& letter) {
  picked_.clear();
  std::size_t i = 0;
  for (const auto& child : children()) {
    const bool mine = letters()[i++] == letter;
    if (mine) picked_ = letter;
    static_cast<Button&>(*child).set_latched(mine);
  }
}

int LetterKeys::rows() const {
  const int count = static_cast<int>(letters().size());
  return (count + columns_ - 1) / columns_;
}

// Larger than the keyboard's keys: one letter is the whole answer, so the keys can afford it.
int LetterKeys::row_height(const UiContext& ctx) const { return ctx.target() * 5 / 4; }

Size LetterKeys::measure(const UiContext& ctx, int width) {
  return {width, rows() * row_height(ctx) + (rows() - 1) * ctx.px(kGap)};
}

void LetterKeys::arrange_children(const UiContext& ctx, Rect bounds) {
  const int gap = ctx.px(kGap);
  const int w = (bounds.w - (columns_ - 1) * gap) / columns_;
  const int h = row_height(ctx);
  int i = 0;
  for (const auto& key : children()) {
    const int row = i / columns_;
    const int column = i % columns_;
    key->arrange(ctx, {bounds.x + column * (w + gap), bounds.y + row * (h + gap), w, h});
    ++i;
  }
}

}  // namespace stillpoint::ui
