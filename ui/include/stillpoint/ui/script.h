#pragma once
// Scripted input for headless runs (`--script FILE`): one command per line, driving the App
// through the same input translator as a finger or keyboard.
//
//   # comments and blank lines are ignored
//   tap "I'm a walk-in"      taps the widget whose visible label (current language) is exactly this
//   type "María ¿sí?"        types UTF-8 text into the focused (or first) text field
//   key Return               presses a key by SDL name (Return, Tab, Backspace, Escape, Left...)
//   wait 500                 milliseconds; advances a ManualTimeSource, else really waits
//   screenshot welcome       writes welcome.png into the screenshot directory
//   expect "please have a seat"   fails unless some drawn string contains this text
//   await "A-01"             waits (up to 30 s) until some drawn string contains this text
//   stay                     last line only: the program goes on running until it is stopped
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/core/clock.h"

namespace stillpoint::ui {

class App;

// A malformed script line, or a command that failed when run; names the line.
class ScriptError : public std::runtime_error {
public:
  ScriptError(int line, const std::string& message);
  int line() const { return line_; }

private:
  int line_;
};

// One parsed command.
struct ScriptCommand {
  enum class Kind { tap, type, key, wait, screenshot, expect, await_text, stay };
  Kind kind = Kind::tap;
  std::string argument;
  int milliseconds = 0;
  int line = 0;
};

// Parses a script. Throws ScriptError naming the first bad line (`stay` anywhere but last too).
std::vector<ScriptCommand> parse_script(std::string_view text);
// Whether the script hands over to the program's own loop when it ends (a last `stay`).
bool script_stays(const std::vector<ScriptCommand>& commands);
// Reads and parses a script file. Throws ScriptError (line 0 when unreadable).
std::vector<ScriptCommand> load_script_file(const std::filesystem::path& path);

// Where screenshots go and which clock `wait` may advance.
struct ScriptOptions {
  std::filesystem::path screenshot_dir = ".";
  // When set (the clock the App was given), `wait` advances it instead of sleeping.
  ManualTimeSource* manual_clock = nullptr;
  // Asked between commands and while waiting: true ends the script early, without an error
  // (a stop signal arrived).
  std::function<bool()> stop_requested;
};

// Runs commands against an App, pumping it after each one.
class ScriptRunner {
public:
  ScriptRunner(App& app, ScriptOptions options);
  // Runs every command in order; throws ScriptError at the first failure.
  void run(const std::vector<ScriptCommand>& commands);
  void run(const ScriptCommand& command);

private:
  void tap(const ScriptCommand& command);
  void type(const ScriptCommand& command);
  void key(const ScriptCommand& command);
  void wait(const ScriptCommand& command);
  void screenshot(const ScriptCommand& command);
  void expect(const ScriptCommand& command);
  void await_text(const ScriptCommand& command);
  bool seen(const std::string& text) const;
  bool stopping() const;

  App& app_;
  ScriptOptions options_;
};

}  // namespace stillpoint::ui
