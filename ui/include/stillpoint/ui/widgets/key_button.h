#pragma once
// A key of the keypad or on-screen keyboard: types its text into the screen's text field.
#include <string>

#include "stillpoint/ui/widgets/button.h"

namespace stillpoint::ui {

// A key: a tap delivers `insert` (UTF-8) to the focused text field, or an editing key.
class KeyButton : public Button {
public:
  // A key that types `insert`, labelled with the same text.
  explicit KeyButton(std::string insert);
  // An editing key (backspace) with an accessible label and a drawn icon.
  KeyButton(Key key, Text label, ButtonIcon icon);

  const std::string& insert() const { return insert_; }
  // Changes what the key types (Shift), relabelling it.
  void set_insert(std::string insert);

protected:
  void fire(const UiContext& ctx) override;

private:
  std::string insert_;
  Key key_ = Key::none;
};

}  // namespace stillpoint::ui
