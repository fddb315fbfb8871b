#include "stillpoint/ui/script.h"

#include <charconv>
#include <fstream>
#include <sstream>
#include <thread>

#include "sdl.h"
#include "stillpoint/ui/app.h"

namespace stillpoint::ui {

ScriptError::ScriptError(int line, const std::string& message)
    : std::runtime_error(line > 0 ? "script line " + std::to_string(line) + ": " + message : message),
      line_(line) {}

namespace {

// The argument after the command word: a "quoted string" (with \" and \\) or one bare word.
std::string argument_of(std::string_view rest, int line) {
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t' || rest.back() == '\r'))
    rest.remove_suffix(1);
  if (rest.empty()) throw ScriptError(line, "missing argument");
  if (rest.front() != '"') {
    if (rest.find_first_of(" \t\"") != std::string_view::npos)
      throw ScriptError(line, "put text with spaces in double quotes");
    return std::string(rest);
  }
  std::string out;
  for (std::size_t i = 1; i < rest.size(); ++i) {
    if (rest[i] == '\\' && i + 1 < rest.size()) {
      out.push_back(rest[++i]);
    } else if (rest[i] == '"') {
      if (i + 1 != rest.size()) throw ScriptError(line, "text after the closing quote");
      return out;
    } else {
      out.push_back(rest[i]);
    }
  }
  throw ScriptError(line, "missing closing quote");
}

ScriptCommand parse_line(std::string_view text, int line) {
  const auto space = text.find_first_of(" \t");
  const std::string_view word = text.substr(0, space);
  const std::string_view rest = space == std::string_view::npos ? std::string_view{} : text.substr(space);
  ScriptCommand c;
  c.line = line;
  if (word == "stay") {
    if (rest.find_first_not_of(" \t\r") != std::string_view::npos)
      throw ScriptError(line, "stay takes no argument");
    c.kind = ScriptCommand::Kind::stay;
    return c;
  }
  c.argument = argument_of(rest, line);
  if (word == "tap") c.kind = ScriptCommand::Kind::tap;
  else if (word == "type") c.kind = ScriptCommand::Kind::type;
  else if (word == "key") c.kind = ScriptCommand::Kind::key;
  else if (word == "screenshot") c.kind = ScriptCommand::Kind::screenshot;
  else if (word == "expect") c.kind = ScriptCommand::Kind::expect;
  else if (word == "wait") c.kind = ScriptCommand::Kind::wait;
  else if (word == "await") c.kind = ScriptCommand::Kind::await_text;
  else throw ScriptError(line, "unknown command \"" + std::string(word) + "\"");
  if (c.kind == ScriptCommand::Kind::wait) {
    const auto& a = c.argument;
    const auto [end, ec] = std::from_chars(a.data(), a.data() + a.size(), c.milliseconds);
    if (ec != std::errc{} || end != a.data() + a.size() || c.milliseconds < 0 || c.milliseconds > 3'600'000)
      throw ScriptError(line, "wait takes milliseconds from 0 to 3600000");
  }
  if (c.kind == ScriptCommand::Kind::screenshot &&
      (c.argument.find_first_of("/\\") != std::string::npos || c.argument.starts_with(".")))
    throw ScriptError(line, "a screenshot name is a plain file name");
  return c;
}

void push(SDL_Event& event) {
  if (SDL_PushEvent(&event) < 0) throw std::runtime_error(std::string("SDL_PushEvent: ") + SDL_GetError());
}

}  // namespace

std::vector<ScriptCommand> parse_script(std::string_view text) {
  std::vector<ScriptCommand> commands;
  int line = 0;
  while (!text.empty()) {
    ++line;
    const auto end = text.find('\n');
    std::string_view row = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    while (!row.empty() && (row.front() == ' ' || row.front() == '\t')) row.remove_prefix(1);
    while (!row.empty() && (row.back() == '\r' || row.back() == ' ')) row.remove_suffix(1);
    if (row.empty() || row.front() == '#') continue;
    if (!commands.empty() && commands.back().kind == ScriptCommand::Kind::stay)
      throw ScriptError(commands.back().line, "stay must be the last line");
    commands.push_back(parse_line(row, line));
  }
  return commands;
}

bool script_stays(const std::vector<ScriptCommand>& commands) {
  return !commands.empty() && commands.back().kind == ScriptCommand::Kind::stay;
}

std::vector<ScriptCommand> load_script_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ScriptError(0, "cannot read script " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return parse_script(text.str());
}

ScriptRunner::ScriptRunner(App& app, ScriptOptions options) : app_(app), options_(std::move(options)) {}

void ScriptRunner::run(const std::vector<ScriptCommand>& commands) {
  app_.pump();
  for (const auto& c : commands) {
    if (stopping()) return;
    run(c);
  }
}

bool ScriptRunner::stopping() const { return options_.stop_requested && options_.stop_requested(); }

void ScriptRunner::run(const ScriptCommand& c) {
  switch (c.kind) {
    case ScriptCommand::Kind::tap: tap(c); break;
    case ScriptCommand::Kind::type: type(c); break;
    case ScriptCommand::Kind::key: key(c); break;
    case ScriptCommand::Kind::wait: wait(c); break;
    case ScriptCommand::Kind::screenshot: screenshot(c); break;
    case ScriptCommand::Kind::expect: expect(c); break;
    case ScriptCommand::Kind::await_text: await_text(c); break;
    case ScriptCommand::Kind::stay: break;  // the program's own loop takes over (script_stays)
  }
  app_.pump();
}

void ScriptRunner::tap(const ScriptCommand& c) {
  app_.pump();  // lay out what is queued, so the label is found where it is drawn
  Screen* screen = app_.top();
  Widget* target = screen ? screen->find_by_label(app_.context(), c.argument) : nullptr;
  if (target == nullptr) throw ScriptError(c.line, "nothing to tap labelled \"" + c.argument + "\"");
  const Point p = target->bounds().center();
  const Size out = app_.output_size();
  // A real touch: finger down and up, normalised like a touchscreen reports it.
  SDL_Event e{};
  e.tfinger.touchId = 1;
  e.tfinger.fingerId = 1;
  e.tfinger.x = static_cast<float>(p.x) / static_cast<float>(std::max(1, out.w));
  e.tfinger.y = static_cast<float>(p.y) / static_cast<float>(std::max(1, out.h));
  e.tfinger.pressure = 1.0f;
  e.type = SDL_FINGERDOWN;
  push(e);
  e.type = SDL_FINGERUP;
  push(e);
}

void ScriptRunner::type(const ScriptCommand& c) {
  // SDL_TEXTINPUT carries at most 31 bytes: send whole code points in chunks.
  std::string_view rest = c.argument;
  while (!rest.empty()) {
    std::size_t n = std::min<std::size_t>(rest.size(), SDL_TEXTINPUTEVENT_TEXT_SIZE - 1);
    while (n < rest.size() && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) --n;
    SDL_Event e{};
    e.type = SDL_TEXTINPUT;
    rest.copy(e.text.text, n);
    e.text.text[n] = '\0';
    push(e);
    rest.remove_prefix(n);
  }
}

void ScriptRunner::key(const ScriptCommand& c) {
  const SDL_Keycode code = SDL_GetKeyFromName(c.argument.c_str());
  if (code == SDLK_UNKNOWN) throw ScriptError(c.line, "unknown key \"" + c.argument + "\"");
  SDL_Event e{};
  e.type = SDL_KEYDOWN;
  e.key.state = SDL_PRESSED;
  e.key.keysym.sym = code;
  e.key.keysym.scancode = SDL_GetScancodeFromKey(code);
  push(e);
  e.type = SDL_KEYUP;
  e.key.state = SDL_RELEASED;
  push(e);
}

void ScriptRunner::wait(const ScriptCommand& c) {
  const auto total = std::chrono::milliseconds(c.milliseconds);
  // Small steps, pumping between them: timers fire in order and animations pass through.
  const auto step = std::chrono::milliseconds(50);
  if (options_.manual_clock) {
    for (auto done = std::chrono::milliseconds(0); done < total; done += step) {
      options_.manual_clock->advance(std::min(step, total - done));
      app_.pump();
    }
    return;
  }
  const auto until = std::chrono::steady_clock::now() + total;
  while (std::chrono::steady_clock::now() < until && !stopping()) {
    app_.pump();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
}

void ScriptRunner::screenshot(const ScriptCommand& c) {
  std::filesystem::path name = c.argument;
  if (name.extension() != ".png") name += ".png";
  try {
    std::filesystem::create_directories(options_.screenshot_dir);
    app_.save_screenshot(options_.screenshot_dir / name);
  } catch (const std::exception& e) {
    throw ScriptError(c.line, e.what());
  }
}

bool ScriptRunner::seen(const std::string& text) const {
  for (const auto& s : app_.drawn_text())
    if (s.find(text) != std::string::npos) return true;
  return false;
}

void ScriptRunner::expect(const ScriptCommand& c) {
  app_.pump();
  if (!seen(c.argument)) throw ScriptError(c.line, "expected to see \"" + c.argument + "\" on screen");
}

void ScriptRunner::await_text(const ScriptCommand& c) {
  // Long enough for a server round trip on a loaded machine; what the text waits for (a
  // check-in elsewhere, a call by staff) decides how soon it comes, not this bound.
  constexpr auto kLimit = std::chrono::seconds(30);
  constexpr auto kStep = std::chrono::milliseconds(10);
  const auto until = std::chrono::steady_clock::now() + kLimit;
  auto advanced = Clock::duration::zero();
  for (;;) {
    app_.pump();
    if (seen(c.argument) || stopping()) return;
    if (options_.manual_clock ? advanced >= kLimit : std::chrono::steady_clock::now() >= until) break;
    if (options_.manual_clock) {
      options_.manual_clock->advance(kStep);
      advanced += kStep;
    } else {
      std::this_thread::sleep_for(kStep);
    }
  }
  throw ScriptError(c.line, "\"" + c.argument + "\" did not appear on screen within 30 s");
}

}  // namespace stillpoint::ui
