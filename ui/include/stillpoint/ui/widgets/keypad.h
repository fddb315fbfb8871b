#pragma once
// A numeric keypad: 1–9, 0 and erase in a phone layout, typing into the screen's text field.
#include <optional>
#include <string>

#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// Twelve keys in four rows (1 2 3 / 4 5 6 / 7 8 9 / extra 0 erase). The optional extra key types
// its text (e.g. "/" for dates); without it the corner stays empty.
class Keypad : public Container {
public:
  explicit Keypad(Text erase_label = Text::literal("Delete"),
                  std::optional<std::string> extra_key = std::nullopt);

  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  int key_height(const UiContext& ctx) const;
  bool has_extra_;
};

}  // namespace stillpoint::ui
