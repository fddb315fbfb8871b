#pragma once
// The on-screen keyboard: letters with the Spanish ones (á é í ó ú ñ ü ¿ ¡), a one-shot Shift,
// space and erase, typing into the screen's text field.
#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

class KeyButton;
class Button;

// Five rows of keys, each row ten units wide. Shift capitalises the next letter only, as on a
// phone, which is what most people expect.
class Keyboard : public Container {
public:
  explicit Keyboard(Text space_label = Text::literal("space"),
                    Text erase_label = Text::literal("Delete"),
                    Text shift_label = Text::literal("Shift"));

  bool shifted() const { return shifted_; }
  void set_shifted(bool shifted);

  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  // A key that types letters and drops Shift after one letter.
  class LetterKey;
  void typed_letter();
  int row_height(const UiContext& ctx) const;
  bool shifted_ = false;
  Button* shift_ = nullptr;
};

}  // namespace stillpoint::ui
