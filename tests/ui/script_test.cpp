// The script driver: parsing, taps by visible label in the current language, typing, waits on
// the manual clock, screenshots, and expect failing on missing text.
#include <doctest/doctest.h>

#include "gallery.h"
#include "test_support.h"

using namespace stillpoint::ui;

TEST_CASE("scripts parse one command per line with quoted text, comments and blank lines") {
  const auto script = parse_script(
      "# a check-in\n\n  tap \"I'm a walk-in\"\ntype \"Mar\\\"ía\"\nkey Return\nwait 500\r\n"
      "screenshot welcome\nexpect Ticket\n");
  REQUIRE(script.size() == 6);
  CHECK(script[0].kind == ScriptCommand::Kind::tap);
  CHECK(script[0].argument == "I'm a walk-in");
  CHECK(script[0].line == 3);
  CHECK(script[1].argument == "Mar\"ía");
  CHECK(script[2].argument == "Return");
  CHECK(script[3].milliseconds == 500);
  CHECK(script[4].kind == ScriptCommand::Kind::screenshot);
  CHECK(script[5].argument == "Ticket");
}

TEST_CASE("malformed script lines are refused with their line number") {
  CHECK_THROWS_WITH_AS(parse_script("tap \"x\"\nfly away\n"), doctest::Contains("line 2"), ScriptError);
  CHECK_THROWS_WITH_AS(parse_script("tap \"unclosed\n"), doctest::Contains("quote"), ScriptError);
  CHECK_THROWS_WITH_AS(parse_script("wait soon\n"), doctest::Contains("milliseconds"), ScriptError);
  CHECK_THROWS_WITH_AS(parse_script("tap two words\n"), doctest::Contains("quotes"), ScriptError);
  CHECK_THROWS_AS(parse_script("screenshot ../escape\n"), ScriptError);
}

TEST_CASE("a script taps by label in the current language, types, waits and takes screenshots") {
  test::Harness h({1080, 1920}, Theme{}, gallery::translator("es"));
  h.show(gallery::make_page(gallery::Page::choices));
  bool timer_fired = false;
  h.app->after(std::chrono::milliseconds(900), [&] { timer_fired = true; });
  const auto dir = test::scratch_dir("script");
  ScriptRunner runner(*h.app, {dir, &h.clock});
  runner.run(parse_script(
      "expect \"¿Cómo podemos ayudarle hoy?\"\n"
      "tap \"Sueño\"\n"
      "tap \"Siguiente\"\n"
      "expect \"¿Cuánto estrés siente ahora?\"\n"
      "tap \"Siguiente\"\n"
      "expect \"¿Cómo le gustaría que le llamemos?\"\n"
      "key BackSpace\n"
      "type \" José\"\n"
      "tap \"ñ\"\n"
      "wait 1000\n"
      "screenshot keyboard\n"));
  CHECK(timer_fired);
  CHECK(std::filesystem::exists(dir / "keyboard.png"));
  auto* field = dynamic_cast<TextField*>(h.app->top()->find_by_label(h.app->context(), "Nombre o apodo"));
  REQUIRE(field != nullptr);
  CHECK(field->value() == "Marí Joséñ");
}

TEST_CASE("a script fails on text that is not on screen and on labels it cannot tap") {
  test::Harness h({1080, 1920}, Theme{}, gallery::translator("en"));
  h.show(gallery::make_page(gallery::Page::choices));
  ScriptRunner runner(*h.app, {test::scratch_dir("script-fail"), &h.clock});
  CHECK_NOTHROW(runner.run(parse_script("expect \"How can we help today?\"\n")));
  CHECK_THROWS_WITH_AS(runner.run(parse_script("\nexpect \"Ticket A-07\"\n")),
                       doctest::Contains("line 2"), ScriptError);
  // English is on screen, so the Spanish label is not tappable.
  CHECK_THROWS_WITH_AS(runner.run(parse_script("tap \"Siguiente\"\n")),
                       doctest::Contains("Siguiente"), ScriptError);
  CHECK_THROWS_AS(runner.run(parse_script("key NoSuchKey\n")), ScriptError);
}
