#pragma once
// Layout containers: Column (vertical stack), Row (side by side) and Spacer. Sizes given in
// reference pixels and scaled from the output size, so one screen fits every display.
#include "stillpoint/ui/widget.h"

namespace stillpoint::ui {

// Stacks children top to bottom at full width (capped by max_width and centred), natural
// heights, remaining height shared by flex children (Spacer). A screen's root is a Column.
class Column : public Container {
public:
  // Gap between children and padding around them, in reference pixels.
  explicit Column(int spacing = 24, int padding = 0);
  // Caps the content width (reference pixels, 0 = none): keeps landscape lines readable.
  void set_max_width(int reference);
  // Vertically centre the content when it is shorter than the column and nothing flexes.
  void set_center_vertically(bool center);
  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  Rect content_box(const UiContext& ctx, Rect bounds) const;
  int spacing_;
  int padding_;
  int max_width_ = 0;
  bool center_ = false;
};

// Places children side by side sharing the width by flex (0 counts as 1), all as tall as the
// tallest.
class Row : public Container {
public:
  explicit Row(int spacing = 24);
  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  int spacing_;
};

// Two or more panes: side by side (sharing width by flex, 0 counts as 1) when the output is
// landscape, stacked like a Column when portrait. One screen then suits a 1080x1920 kiosk and a
// 1920x1080 or 1280x800 one.
class Split : public Container {
public:
  explicit Split(int spacing = 48);
  Size measure(const UiContext& ctx, int width) override;

protected:
  void arrange_children(const UiContext& ctx, Rect bounds) override;

private:
  int spacing_;
};

// Empty space: a fixed height (reference pixels), or with flex, a share of what is left.
class Spacer : public Widget {
public:
  explicit Spacer(int height = 0, int flex = 0);
  Size measure(const UiContext& ctx, int width) override;
  void draw(Painter&) const override {}

private:
  int height_;
};

}  // namespace stillpoint::ui
