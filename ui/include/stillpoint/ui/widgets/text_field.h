#pragma once
// A single-line text field, typed into with the on-screen keyboard, the keypad or a physical
// keyboard. Its contents can be wiped so nothing a person typed outlives them.
#include <cstddef>
#include <functional>
#include <string>

#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// Editable text with a placeholder. A tap focuses it; typed text goes to the focused field (or
// to the first field of the screen when none has focus).
class TextField : public Widget {
public:
  explicit TextField(Text placeholder, std::size_t max_length = 80);

  const std::string& value() const { return value_; }
  void set_value(std::string value);
  // Erases the contents, overwriting the old bytes first.
  void clear();
  // Shows dots instead of the characters (PIN entry).
  void set_masked(bool masked);
  void set_on_change(std::function<void(const std::string&)> on_change) {
    on_change_ = std::move(on_change);
  }
  // Called on Enter.
  void set_on_submit(std::function<void()> on_submit) { on_submit_ = std::move(on_submit); }
  std::size_t max_length() const { return max_length_; }

  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter& painter) const override;
  bool on_pointer(const UiContext& ctx, PointerPhase phase, Point position) override;
  bool on_text(const UiContext& ctx, std::string_view utf8) override;
  bool on_key(const UiContext& ctx, Key key) override;
  bool interactive() const override { return true; }
  bool accepts_text() const override { return true; }
  std::string label(const UiContext& ctx) const override { return ctx.resolve(placeholder_); }

private:
  void changed();
  std::string shown() const;
  Text placeholder_;
  std::size_t max_length_;
  std::string value_;
  bool masked_ = false;
  std::function<void(const std::string&)> on_change_;
  std::function<void()> on_submit_;
};

}  // namespace stillpoint::ui
