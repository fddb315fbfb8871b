#pragma once
// What one frame drew, shape by shape and string by string, for checks no eye can make at every
// size, theme and language: is a string clipped or broken inside a word, does it keep WCAG text
// contrast over what lies beneath it, does a control's edge stand out from its background.
// Recording is off in normal frames; App::record_frame turns it on for one full frame.
#include <optional>
#include <string>
#include <vector>

#include "stillpoint/ui/geometry.h"

namespace stillpoint::ui {

// A filled area, in drawing order. Round rectangles are kept as their rectangle (text never sits
// in a corner); circles and polygons keep enough to test a point.
struct DrawnShape {
  enum class Kind { rect, circle, polygon };
  Kind kind = Kind::rect;
  Rect bounds;
  Color color;
  std::vector<Point> points;  // polygon corners, in order
};

// A string as placed: the box it was given, where its pixels went, and how it was set.
struct DrawnText {
  std::string text;
  Rect box;
  Rect placed;
  Color color;
  std::optional<Rect> clip;
  bool broke_word = false;     // wrapping split a word wider than the box
  std::size_t shapes_below = 0;  // shapes drawn before it (what it sits on)
};

struct FrameRecord {
  Size output;
  std::vector<DrawnShape> shapes;
  std::vector<DrawnText> texts;

  // The colour the frame has at `p` under the first `shape_count` shapes (opaque result).
  Color colour_at(Point p, std::size_t shape_count) const;
  // Whether a shape drawn between `from` and `to` (shape indices) covers `p` at least half
  // opaque: a card or a modal's scrim laid over what was drawn before it.
  bool covered_between(Point p, std::size_t from, std::size_t to) const;
};

}  // namespace stillpoint::ui
