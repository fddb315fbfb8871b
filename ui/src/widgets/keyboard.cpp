#include "stillpoint/ui/widgets/keyboard.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "stillpoint/ui/widgets/key_button.h"

namespace stillpoint::ui {

namespace {

constexpr int kGap = 10;
constexpr int kUnitsPerRow = 20;

// Where each child goes, in child order; widths in half-keys (a row is twenty).
struct Slot {
  int row;
  int units;
};

constexpr std::array<std::string_view, 10> kRow1{"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"};
constexpr std::array<std::string_view, 10> kRow2{"a", "s", "d", "f", "g", "h", "j", "k", "l", "ñ"};
constexpr std::array<std::string_view, 7> kRow3{"z", "x", "c", "v", "b", "n", "m"};
constexpr std::array<std::string_view, 10> kRow4{"á", "é", "í", "ó", "ú", "ü", "¿", "¡", ",", "."};

// The slot of child `index`. Rows: 10 letters; 10 letters; shift, 7 letters, erase (the two
// wider); 10 accented letters and marks; ' space - ? !.
Slot slot_of(std::size_t index) {
  if (index < 10) return {0, 2};
  if (index < 20) return {1, 2};
  if (index == 20 || index == 28) return {2, 3};
  if (index < 28) return {2, 2};
  if (index < 39) return {3, 2};
  if (index == 40) return {4, 12};  // space
  return {4, 2};
}

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

Keyboard::Keyboard(Text space_label, Text erase_label, Text shift_label) {
  for (auto k : kRow1) add<LetterKey>(*this, std::string(k));
  for (auto k : kRow2) add<LetterKey>(*this, std::string(k));
  shift_ = &add<Button>(std::move(shift_label), [this] { set_shifted(!shifted_); }, ButtonStyle::key);
  shift_->set_icon(ButtonIcon::shift);
  for (auto k : kRow3) add<LetterKey>(*this, std::string(k));
  add<KeyButton>(Key::backspace, std::move(erase_label), ButtonIcon::backspace);
  for (auto k : kRow4) add<LetterKey>(*this, std::string(k));
  add<KeyButton>("'");
  auto& space = add<KeyButton>(" ");
  space.set_label(std::move(space_label));
  add<KeyButton>("-");
  add<KeyButton>("?");
  add<KeyButton>("!");
}

void Keyboard::set_shifted(bool shifted) {
  if (shifted_ == shifted) return;
  shifted_ = shifted;
  shift_->set_latched(shifted);
  for (const auto& child : children())
    if (auto* letter = dynamic_cast<LetterKey*>(child.get())) letter->set_upper(shifted);
}

void Keyboard::typed_letter() { set_shifted(false); }

int Keyboard::row_height(const UiContext& ctx) const { return ctx.target(); }

Size Keyboard::measure(const UiContext& ctx, int width) {
  return {width, 5 * row_height(ctx) + 4 * ctx.px(kGap)};
}

void Keyboard::arrange_children(const UiContext& ctx, Rect bounds) {
  const int gap = ctx.px(kGap);
  const int unit = 2 * (bounds.w - (kUnitsPerRow / 2 - 1) * gap) / kUnitsPerRow;
  const int rh = row_height(ctx);
  int row = -1;
  int x = 0;
  std::size_t index = 0;
  for (const auto& key : children()) {
    const Slot s = slot_of(index++);
    if (s.row != row) {
      row = s.row;
      x = bounds.x;
    }
    // Two half-keys and the gap between keys make one key, so every row ends at the same edge.
    const int w = s.units * unit / 2 + (s.units / 2 - 1) * gap + (s.units % 2) * gap / 2;
    key->arrange(ctx, {x, bounds.y + row * (rh + gap), w, rh});
    x += w + gap;
  }
}

}  // namespace stillpoint::ui
