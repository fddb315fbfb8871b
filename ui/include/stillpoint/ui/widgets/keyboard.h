#pragma once
// The on-screen keyboard: letters with the Spanish ones (á é í ó ú ñ ü ¿ ¡), a one-shot Shift,
// space and erase, and a second layer of digits and symbols behind a "123" / "abc" key, typing
// into the screen's text field.
#include <functional>
#include <string>
#include <vector>

#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

class KeyButton;
class Button;

// Five rows of keys, each row ten keys wide. Shift capitalises the next letter only, as on a
// phone, which is what most people expect. The layer key on the bottom row swaps the four upper
// rows between letters and digits-and-symbols (ages, doses, times); the bottom row (layer key,
// apostrophe, space, - ? !) stays. The layer stays until switched back, so "20 mg" is easy.
class Keyboard : public Container {
public:
  explicit Keyboard(Text space_label = Text::literal("space"),
                    Text erase_label = Text::literal("Delete"),
                    Text shift_label = Text::literal("Shift"),
                    Text symbols_label = Text::literal("123"),
                    Text letters_label = Text::literal("abc"));

  bool shifted() const { return shifted_; }
  void set_shifted(bool shifted);
  // True while the digits-and-symbols layer is shown instead of the letters.
  bool symbols_shown() const { return symbols_; }
  void show_symbols(bool symbols);

  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  // Where a child goes: its layer, row and width in half-keys (a row is twenty).
  enum class Layer { letters, symbols, both };
  struct Slot {
    Layer layer;
    int row;
    int units;
  };
  // A key that types letters and drops Shift after one letter.
  class LetterKey;
  template <class T, class... Args>
  T& place_key(Slot slot, Args&&... args);
  void typed_letter();
  int row_height(const UiContext& ctx) const;
  std::vector<Slot> slots_;
  bool shifted_ = false;
  bool symbols_ = false;
  Button* shift_ = nullptr;
  Button* layer_ = nullptr;
  Text symbols_label_, letters_label_;
};

// Capital letters only, for a one-letter answer such as a first initial: A to Z with the
// Spanish Á É Í Ó Ú and Ñ each beside its plain letter, in a grid of large keys (each at least
// one and a quarter touch targets tall). A tap picks that letter (the key stays marked until
// another is picked) and reports it; nothing is typed, so there is nothing to erase and no
// Shift, layer or space key to get lost in.
class LetterKeys : public Container {
public:
  explicit LetterKeys(int columns = 8);

  // The letters offered, in order (UTF-8 capitals).
  static const std::vector<std::string>& letters();
  void set_on_pick(std::function<void(const std::string&)> on_pick) { on_pick_ = std::move(on_pick); }
  // The picked letter, "" when none.
  const std::string& picked() const { return picked_; }
  // Marks `letter`'s key (none when it is not offered).
  void set_picked(const std::string& letter);

  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  int rows() const;
  int row_height(const UiContext& ctx) const;
  int columns_;
  std::string picked_;
  std::function<void(const std::string&)> on_pick_;
};

}  // namespace stillpoint::ui
