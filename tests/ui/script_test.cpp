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
  ScriptRunner runner(*h.app, {dir, &h.clock, {}});
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

TEST_CASE("a script's screenshots go into a folder it makes when the folder is not there yet") {
  test::Harness h({1080, 1920}, Theme{}, gallery::translator("en"));
  h.show(gallery::make_page(gallery::Page::choices));
  const auto dir = test::scratch_dir("script-new-folder") / "not" / "yet";
  ScriptRunner runner(*h.app, {dir, &h.clock, {}});
  runner.run(parse_script("screenshot first\n"));
  CHECK(std::filesystem::exists(dir / "first.png"));
}

TEST_CASE("a script fails on text that is not on screen and on labels it cannot tap") {
  test::Harness h({1080, 1920}, Theme{}, gallery::translator("en"));
  h.show(gallery::make_page(gallery::Page::choices));
  ScriptRunner runner(*h.app, {test::scratch_dir("script-fail"), &h.clock, {}});
  CHECK_NOTHROW(runner.run(parse_script("expect \"How can we help today?\"\n")));
  CHECK_THROWS_WITH_AS(runner.run(parse_script("\nexpect \"Ticket A-07\"\n")),
                       doctest::Contains("line 2"), ScriptError);
  // English is on screen, so the Spanish label is not tappable.
  CHECK_THROWS_WITH_AS(runner.run(parse_script("tap \"Siguiente\"\n")),
                       doctest::Contains("Siguiente"), ScriptError);
  CHECK_THROWS_AS(runner.run(parse_script("key NoSuchKey\n")), ScriptError);
}

TEST_CASE("a script's last stay hands over to the program, and stay elsewhere is refused") {
  const auto script = parse_script("expect Ticket\nstay\n");
  REQUIRE(script.size() == 2);
  CHECK(script[1].kind == ScriptCommand::Kind::stay);
  CHECK(script_stays(script));
  CHECK_FALSE(script_stays(parse_script("expect Ticket\n")));
  CHECK_THROWS_WITH_AS(parse_script("stay\nexpect Ticket\n"), doctest::Contains("last line"), ScriptError);
  CHECK_THROWS_WITH_AS(parse_script("stay now\n"), doctest::Contains("no argument"), ScriptError);
}

TEST_CASE("await waits for text that comes later, and fails naming it when it never does") {
  test::Harness h({1080, 1920}, Theme{}, gallery::translator("en"));
  h.show(gallery::make_page(gallery::Page::keypad));
  // Something elsewhere changes the screen after 2 s (in a real run: the server's answer).
  h.app->after(std::chrono::seconds(2), [&] { h.app->push(gallery::make_page(gallery::Page::choices)); });
  ScriptRunner runner(*h.app, {test::scratch_dir("script-await"), &h.clock, {}});
  CHECK_THROWS(runner.run(parse_script("expect \"How can we help today?\"\n")));
  const auto before = h.clock.now();
  CHECK_NOTHROW(runner.run(parse_script("await \"How can we help today?\"\n")));
  CHECK(h.clock.now() - before >= std::chrono::seconds(2));
  CHECK_THROWS_WITH_AS(runner.run(parse_script("await \"Ticket A-07\"\n")),
                       doctest::Contains("did not appear"), ScriptError);
}

TEST_CASE("a stop request ends a script between commands and inside a wait, without an error") {
  test::Harness h({1080, 1920}, Theme{}, gallery::translator("en"));
  h.show(gallery::make_page(gallery::Page::choices));
  bool stop = false;
  int asked = 0;
  ScriptRunner runner(*h.app, {test::scratch_dir("script-stop"), nullptr, [&] {
                                 ++asked;
                                 return stop;
                               }});
  stop = true;
  CHECK_NOTHROW(runner.run(parse_script("expect \"Ticket A-07\"\n")));  // never ran
  stop = false;
  h.app->after(std::chrono::milliseconds(0), [&] { stop = true; });
  const auto started = std::chrono::steady_clock::now();
  CHECK_NOTHROW(runner.run(parse_script("wait 60000\n")));  // real time: ends at the request
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(30));
  CHECK(asked > 0);
}
