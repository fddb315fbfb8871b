#pragma once
// A label: wrapped UTF-8 text in one of the three theme sizes.
#include "stillpoint/ui/text.h"
#include "stillpoint/ui/text_cache.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// Read-only text that wraps to its width. Muted labels use the theme's secondary text colour.
class Label : public Widget {
public:
  explicit Label(Text text, FontSize size = FontSize::normal, TextAlign align = TextAlign::left);

  // Replaces the text (relayout: the height may change).
  void set_text(Text text);
  const Text& text() const { return text_; }
  void set_bold(bool bold);
  void set_muted(bool muted);
  // Draw on the primary colour (for labels placed on a primary panel).
  void set_on_primary(bool on_primary);

  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter& painter) const override;
  std::string label(const UiContext& ctx) const override { return ctx.resolve(text_); }

private:
  TextStyle style() const { return {size_, bold_, align_}; }
  Text text_;
  FontSize size_;
  TextAlign align_;
  bool bold_ = false;
  bool muted_ = false;
  bool on_primary_ = false;
};

}  // namespace stillpoint::ui
