#pragma once
// A modal: a card over the screen ("Still there?", "Someone is coming"), which takes all input
// until closed. Its backdrop fades in over the screen and ends opaque: whatever a person typed
// is hidden while the card asks about it, and a covered screen costs nothing to draw.
#include <functional>

#include "stillpoint/ui/animation.h"
#include "stillpoint/ui/layout.h"
#include "stillpoint/ui/text.h"
#include "stillpoint/ui/widgets/button.h"

namespace stillpoint::ui {

class Label;

// A centred card with a title, a body and buttons; add any other widget to content(). Shown
// with Screen::show_modal and closed with Screen::close_modal.
class Modal : public Container {
public:
  Modal(Text title, Text body);

  // The card's column, for extra widgets (a countdown label, say).
  Column& content() { return *content_; }
  Label& title() { return *title_; }
  Label& body() { return *body_; }
  // Adds a full-width button to the card.
  Button& add_button(Text label, std::function<void()> on_tap,
                     ButtonStyle style = ButtonStyle::primary);
  // Starts the fade-in (called by Screen::show_modal).
  void appear(TimePoint now);

  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter& painter) const override;
  bool animating(TimePoint now) const override { return fade_.running(now); }
  // True once the fade has ended: the backdrop is opaque and the screen under it need not be
  // drawn (nor animated).
  bool covers_screen(TimePoint now) const { return !fade_.running(now); }

  static constexpr auto kFade = std::chrono::milliseconds(220);

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  Column* content_;
  Label* title_;
  Label* body_;
  Animation fade_{kFade};
};

}  // namespace stillpoint::ui
