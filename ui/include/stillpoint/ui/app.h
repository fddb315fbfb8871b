#pragma once
// The app: one window, a stack of screens, the event loop that sleeps until input, a timer or
// an animation needs it, headless screenshots, and the record of what text was drawn.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stillpoint/core/clock.h"
#include "stillpoint/ui/context.h"
#include "stillpoint/ui/frame_record.h"
#include "stillpoint/ui/input.h"
#include "stillpoint/ui/screen.h"
#include "stillpoint/ui/text.h"
#include "stillpoint/ui/text_cache.h"
#include "stillpoint/ui/theme.h"
#include "stillpoint/ui/timers.h"

union SDL_Event;

namespace stillpoint::ui {

// The window an app opens. Fullscreen by default: apps turn it off with `--windowed WxH`.
struct WindowOptions {
  bool fullscreen = true;
  // Size when windowed (and of the offscreen surface in headless runs), in screen coordinates.
  Size size{1080, 1920};
  std::string title = "Stillpoint";
  // Force SDL's software renderer (always used on the offscreen and dummy video drivers).
  bool software_renderer = false;
};

// Parses "WIDTHxHEIGHT" (e.g. "1280x800", 200 to 8192 each side); nothing when malformed.
std::optional<Size> parse_window_size(std::string_view text);

// Everything an App needs; only `window` usually changes between kiosk, lobby and tests.
struct AppOptions {
  WindowOptions window;
  Theme theme;
  // Font family looked up with fontconfig; any sans font when it is not installed.
  std::string font_family = "Noto Sans";
  // The clock for animations and timers; null uses the system clock. Must outlive the App.
  const TimeSource* clock = nullptr;
  // The current language; empty shows keys as they are.
  Translator translate;
  std::size_t text_cache_capacity = TextCache::kDefaultCapacity;
  // Frame rate while something animates (nothing is drawn when nothing moves).
  int animation_fps = 60;
  // Let a window-close request end run(). Off by default: a kiosk must not be escapable.
  bool close_quits = false;
};

// Hands tasks to an App's UI thread from any thread. A copy may outlive the App: posting then
// does nothing and returns false, so a worker thread never needs to know when the UI has gone.
class Poster {
public:
  // Queues `task` to run on the UI thread between frames and wakes the loop at once (run()
  // returns from its wait; pump() runs it on its next call). Tasks run in the order posted.
  // Returns false, dropping the task, once the App is destroyed.
  bool post(std::function<void()> task) const;

private:
  friend class App;
  struct Queue;
  std::shared_ptr<Queue> queue_;
};

// Owns SDL for its lifetime (one App at a time per process), the window, the renderer, the
// text cache and the screen stack. Screens are pushed and popped through it; the changes are
// queued and applied between frames, so a screen may pop itself from its own button.
class App {
public:
  // Opens the window. Throws std::runtime_error when SDL, the renderer or the fonts fail.
  explicit App(AppOptions options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // --- Screens ---------------------------------------------------------------------------------
  // Queues `screen` to go on top.
  void push(std::unique_ptr<Screen> screen);
  // Queues removal of the top screen.
  void pop();
  // Queues replacing the top screen with `screen`.
  void replace(std::unique_ptr<Screen> screen);
  // Queues clearing the whole stack and showing `screen` alone (e.g. the idle wipe).
  void reset(std::unique_ptr<Screen> screen);
  // The screen receiving events now (queued changes not yet applied).
  Screen* top() const;
  std::size_t depth() const;

  // --- Loop ------------------------------------------------------------------------------------
  // Runs until quit(): blocks in SDL_WaitEventTimeout until an event, the next timer or the
  // next animation frame.
  void run();
  void quit();
  // True while run() is looping.
  bool running() const;
  // One non-blocking iteration: handle queued SDL events, fire due timers, apply stack changes,
  // draw if anything changed. Returns true when a frame was drawn. Tests drive the app with it.
  bool pump();
  // One iteration of run(): waits at most `max_wait` (less when a timer, animation frame or
  // posted task is due sooner; a post or input ends the wait at once), handles what arrived and
  // draws if needed. Returns true when a frame was drawn. For benches and tools that drive the
  // real loop for a while; tests use pump().
  bool run_once(Clock::duration max_wait);
  // Feeds one SDL event through the input translator to the top screen.
  void dispatch(const SDL_Event& event);
  // Thread-safe: queues `task` for the UI thread and wakes the loop from its wait at once (a
  // registered SDL user event). Tasks run between frames, in posting order, before timers; a
  // task posted by a task runs on the next iteration. Posting after quit() is harmless (the
  // task runs if the loop is pumped again, else it is dropped with the App).
  void post(std::function<void()> task);
  // A handle for threads that may outlive the App (see Poster).
  Poster poster() const;
  // How long run() would sleep now: nothing when it would wait for input only.
  std::optional<Clock::duration> wait_budget() const;

  // --- State -----------------------------------------------------------------------------------
  TimePoint now() const;
  Timers& timers();
  // Runs `callback` after `delay` on the app's clock (not tied to a screen).
  TimerId after(Clock::duration delay, std::function<void()> callback);
  void set_theme(Theme theme);
  const Theme& theme() const;
  // Switches language: every text is resolved again and the screen re-rendered at once.
  void set_translator(Translator translate);
  // Called on every touch, click, key and typed text (idle timeouts restart from it).
  void set_activity_listener(std::function<void()> listener);
  TimePoint last_activity() const;
  // Requests a redraw of the whole screen.
  void invalidate();
  const UiContext& context() const;

  // --- Text, frames, screenshots ---------------------------------------------------------------
  TextCache& text_cache();
  // Sees every string drawn from now on (privacy tests).
  void set_text_observer(TextObserver observer);
  // Every string drawn in the last frame, in drawing order.
  const std::vector<std::string>& drawn_text() const;
  // Draws the current screen in full once more, recording every shape and string (fit checks).
  FrameRecord record_frame();
  // Frames drawn since start.
  std::uint64_t frames_drawn() const;
  // Wall time the last frame took to draw and present (benches; never asserted in tests).
  std::chrono::nanoseconds last_frame_time() const;
  Size output_size() const;
  // Renders the current screen and writes it as PNG. Throws std::runtime_error on failure.
  void save_screenshot(const std::filesystem::path& path);

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace stillpoint::ui
