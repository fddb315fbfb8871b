// Widgets driven by synthetic touches and keys: keypad and keyboard UTF-8, choice tiles, the
// slider by tap position, the toggle's time-based animation.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "test_support.h"

using namespace stillpoint::ui;

namespace {

// Finds the key (or any interactive widget) labelled `label` on the top screen.
Widget& widget_labelled(test::Harness& h, const std::string& label) {
  Widget* w = h.app->top()->find_by_label(h.app->context(), label);
  REQUIRE_MESSAGE(w != nullptr, "no widget labelled " << label);
  return *w;
}

}  // namespace

TEST_CASE("the keypad types digits and its erase key removes the last one") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& field = screen->root().add<TextField>(literal("Date of birth"), 10);
  screen->root().add<Keypad>(literal("Delete"), std::string("/"));
  h.show(std::move(screen));
  for (const char* k : {"0", "4", "/", "1", "9"}) h.tap(widget_labelled(h, k));
  CHECK(field.value() == "04/19");
  h.tap(widget_labelled(h, "Delete"));
  CHECK(field.value() == "04/1");
}

TEST_CASE("the on-screen keyboard types Spanish letters and marks as UTF-8") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& field = screen->root().add<TextField>(literal("Name"));
  auto& keyboard = screen->root().add<Keyboard>();
  h.show(std::move(screen));
  for (const char* k : {"¿", "s", "e", "ñ", "o", "r", "?", "¡", "á", "é", "í", "ó", "ú", "ü"})
    h.tap(widget_labelled(h, k));
  CHECK(field.value() == "¿señor?¡áéíóúü");
  SUBCASE("shift capitalises the next letter only, including ñ") {
    field.clear();
    h.tap(widget_labelled(h, "Shift"));
    CHECK(keyboard.shifted());
    h.tap(widget_labelled(h, "Ñ"));
    h.tap(widget_labelled(h, "a"));
    CHECK_FALSE(keyboard.shifted());
    CHECK(field.value() == "Ña");
  }
  SUBCASE("space and erase") {
    h.tap(widget_labelled(h, "space"));
    h.tap(widget_labelled(h, "Delete"));
    h.tap(widget_labelled(h, "Delete"));
    CHECK(field.value() == "¿señor?¡áéíóú");
  }
}

TEST_CASE("the keyboard's 123 key shows digits and symbols, abc brings the letters back") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& field = screen->root().add<TextField>(literal("Dose"));
  auto& keyboard = screen->root().add<Keyboard>();
  h.show(std::move(screen));
  const UiContext& ctx = h.app->context();
  // Letters first: no digit is tappable until the layer is switched.
  CHECK_FALSE(keyboard.symbols_shown());
  CHECK(h.app->top()->find_by_label(ctx, "1") == nullptr);
  h.tap(widget_labelled(h, "123"));
  CHECK(keyboard.symbols_shown());
  CHECK(h.app->top()->find_by_label(ctx, "q") == nullptr);  // the letters are hidden, not under
  for (const char* k : {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "/", ".", "%"})
    h.tap(widget_labelled(h, k));
  h.tap(widget_labelled(h, "space"));
  // The layer stays for several keys, then abc returns to the letters.
  h.tap(widget_labelled(h, "abc"));
  CHECK_FALSE(keyboard.symbols_shown());
  h.tap(widget_labelled(h, "m"));
  h.tap(widget_labelled(h, "g"));
  CHECK(field.value() == "1234567890/.% mg");
  SUBCASE("erase works on the digits layer too") {
    h.tap(widget_labelled(h, "123"));
    h.tap(widget_labelled(h, "Delete"));
    CHECK(field.value() == "1234567890/.% m");
  }
  SUBCASE("every key of both layers is at least 64 px at 1080p and inside the keyboard") {
    for (bool symbols : {false, true}) {
      keyboard.show_symbols(symbols);
      h.app->pump();
      int shown = 0;
      for (const auto& key : keyboard.children()) {
        if (!key->visible()) continue;
        ++shown;
        CHECK(ctx.metrics.to_reference(key->bounds().w) >= 64);
        CHECK(ctx.metrics.to_reference(key->bounds().h) >= 64);
        CHECK(keyboard.bounds().contains(key->bounds()));
      }
      CHECK(shown == (symbols ? 45 : 45));
    }
  }
}

TEST_CASE("letter keys offer one capital, accented Spanish ones included, on large keys") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& field = screen->root().add<TextField>(literal("First letter"), 1);
  auto& keys = screen->root().add<LetterKeys>();
  std::vector<std::string> picks;
  keys.set_on_pick([&picks](const std::string& letter) { picks.push_back(letter); });
  h.show(std::move(screen));
  const UiContext& ctx = h.app->context();
  for (const char* letter : {"A", "Z", "Á", "É", "Í", "Ó", "Ú", "Ñ"}) {
    INFO(letter);
    CHECK(h.app->top()->find_by_label(ctx, letter) != nullptr);
  }
  // Letters only: no lower case, digits, layer, Shift or space key to get lost in.
  for (const char* absent : {"a", "ñ", "1", "123", "Shift", "space", "?"}) {
    INFO(absent);
    CHECK(h.app->top()->find_by_label(ctx, absent) == nullptr);
  }
  h.tap(widget_labelled(h, "Á"));
  CHECK(keys.picked() == "Á");
  h.tap(widget_labelled(h, "N"));
  CHECK(keys.picked() == "N");
  CHECK(picks == std::vector<std::string>{"Á", "N"});
  CHECK(field.value().empty());  // a pick reports; it types nothing
  keys.set_picked("Ñ");
  CHECK(keys.picked() == "Ñ");
  keys.set_picked("?");
  CHECK(keys.picked().empty());
  SUBCASE("every key is larger than a touch target and inside the grid") {
    CHECK(keys.children().size() == 32u);
    for (const auto& key : keys.children()) {
      CHECK(ctx.metrics.to_reference(key->bounds().w) >= 96);
      CHECK(key->bounds().h > ctx.target());
      CHECK(keys.bounds().contains(key->bounds()));
    }
  }
}

TEST_CASE("a physical keyboard types into the focused field, Backspace erases a whole code point") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& first = screen->root().add<TextField>(literal("First"));
  auto& second = screen->root().add<TextField>(literal("Second"));
  h.show(std::move(screen));
  h.tap(second);
  CHECK(second.focused());
  h.text("año ¿sí?");
  CHECK(second.value() == "año ¿sí?");
  CHECK(first.value().empty());
  h.key(SDLK_BACKSPACE);
  h.key(SDLK_BACKSPACE);
  CHECK(second.value() == "año ¿s");
}

TEST_CASE("a text field stops at its maximum length in code points") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& field = screen->root().add<TextField>(literal("PIN"), 3);
  h.show(std::move(screen));
  h.text("ñññññ");
  CHECK(field.value() == "ñññ");
}

TEST_CASE("single-choice tiles keep one answer, multiple-choice tiles toggle each") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& single = screen->root().add<ChoiceGroup>(SelectionMode::single, 2);
  auto& a = single.add_option(literal("Light"), "light");
  auto& b = single.add_option(literal("Firm"), "firm");
  auto& multi = screen->root().add<ChoiceGroup>(SelectionMode::multiple, 2);
  auto& c = multi.add_option(literal("Neck"), "neck");
  auto& d = multi.add_option(literal("Feet"), "feet");
  std::vector<std::string> reported;
  multi.set_on_change([&](const std::vector<std::string>& v) { reported = v; });
  h.show(std::move(screen));

  h.tap(a);
  h.tap(b);
  CHECK(single.selected() == std::vector<std::string>{"firm"});
  h.tap(b);
  CHECK(single.selected() == std::vector<std::string>{"firm"});

  h.tap(c);
  h.tap(d);
  CHECK(multi.selected() == std::vector<std::string>{"neck", "feet"});
  h.tap(c);
  CHECK(multi.selected() == std::vector<std::string>{"feet"});
  CHECK(reported == std::vector<std::string>{"feet"});
}

TEST_CASE("the slider picks the number nearest to where it is tapped, 0 to 10") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& slider = screen->root().add<Slider>(0, 10);
  int changes = 0;
  slider.set_on_change([&](int) { ++changes; });
  h.show(std::move(screen));
  CHECK_FALSE(slider.value());
  const int y = slider.bounds().y + slider.bounds().h / 4;
  h.finger_tap({slider.stop_x(7), y});
  CHECK(slider.value() == 7);
  h.finger_tap({slider.stop_x(3) + 10, y});
  CHECK(slider.value() == 3);
  h.finger_tap({slider.bounds().x, y});
  CHECK(slider.value() == 0);
  h.finger_tap({slider.bounds().x + slider.bounds().w - 1, y});
  CHECK(slider.value() == 10);
  CHECK(changes == 4);
}

TEST_CASE("the toggle flips on tap and its knob slides with the injected clock") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& toggle = screen->root().add<Toggle>(literal("Quiet room"));
  h.show(std::move(screen));
  h.tap(toggle);
  CHECK(toggle.on());
  const auto now = h.app->now();
  CHECK(toggle.animating(now));
  CHECK(toggle.knob_position(now) == doctest::Approx(0.0));
  h.advance_ms(100);
  CHECK(toggle.knob_position(h.app->now()) == doctest::Approx(0.5));
  h.advance_ms(100);
  CHECK(toggle.knob_position(h.app->now()) == doctest::Approx(1.0));
  CHECK_FALSE(toggle.animating(h.app->now()));
}

TEST_CASE("progress dots clamp the current step") {
  ProgressDots dots(4, 1);
  dots.set_current(9);
  CHECK(dots.current() == 3);
  dots.set_current(-2);
  CHECK(dots.current() == 0);
}

TEST_CASE("a picked letter key is marked by a heavy rim, not by its colour alone") {
  test::Harness h;
  auto screen = std::make_unique<Screen>();
  auto& keys = screen->root().add<LetterKeys>();
  h.show(std::move(screen));
  keys.set_picked("N");
  h.app->pump();
  const FrameRecord frame = h.app->record_frame();
  // A rim is the key's outer shape with its fill inset inside it: how far in is its weight.
  const auto rim_of = [&frame](const Widget& key) {
    for (std::size_t i = 0; i + 1 < frame.shapes.size(); ++i)
      if (frame.shapes[i].bounds == key.bounds()) return frame.shapes[i + 1].bounds.x - key.bounds().x;
    return -1;
  };
  const int picked = rim_of(widget_labelled(h, "N"));
  const int other = rim_of(widget_labelled(h, "M"));
  REQUIRE(other > 0);
  CHECK(picked >= 3 * other);
  CHECK(h.app->context().metrics.to_reference(picked) >= 6);
}
