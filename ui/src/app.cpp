#include "stillpoint/ui/app.h"

#include <algorithm>
#include <charconv>
#include <deque>
#include <mutex>
#include <stdexcept>
#include <utility>

#include "geometry_scratch.h"
#include "sdl.h"
#include "sdl_session.h"
#include "stillpoint/ui/fonts.h"
#include "stillpoint/ui/painter.h"

namespace stillpoint::ui {

namespace {

struct WindowDeleter {
  void operator()(SDL_Window* w) const { SDL_DestroyWindow(w); }
};
struct RendererDeleter {
  void operator()(SDL_Renderer* r) const { SDL_DestroyRenderer(r); }
};
struct SurfaceDeleter {
  void operator()(SDL_Surface* s) const { SDL_FreeSurface(s); }
};

// A queued change to the screen stack.
struct StackOp {
  enum class Kind { push, pop, replace, reset };
  Kind kind;
  std::unique_ptr<Screen> screen;
};

// The SDL event type that wakes the loop for posted tasks, registered once per process (SDL
// never hands a registered number back, and tests open many Apps).
Uint32 wake_event_type() {
  static const Uint32 type = [] {
    const Uint32 t = SDL_RegisterEvents(1);
    return t == static_cast<Uint32>(-1) ? static_cast<Uint32>(SDL_USEREVENT) : t;
  }();
  return type;
}

std::optional<int> parse_side(std::string_view text) {
  int v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc{} || end != text.data() + text.size() || v < 200 || v > 8192) return {};
  return v;
}

}  // namespace

std::optional<Size> parse_window_size(std::string_view text) {
  const auto x = text.find('x');
  if (x == std::string_view::npos) return std::nullopt;
  const auto w = parse_side(text.substr(0, x));
  const auto h = parse_side(text.substr(x + 1));
  if (!w || !h) return std::nullopt;
  return Size{*w, *h};
}

// Tasks posted from any thread, shared with every Poster so a handle may outlive the App.
struct Poster::Queue {
  std::mutex mutex;
  std::deque<std::function<void()>> tasks;
  bool wake_pending = false;  // a wake event is in SDL's queue: one is enough
  bool closed = false;        // the App is gone (or going): SDL may already be shut down

  bool post(std::function<void()> task) {
    std::lock_guard lock(mutex);
    if (closed || !task) return false;
    tasks.push_back(std::move(task));
    if (!wake_pending) {
      // Pushed under the lock so close() cannot return (and SDL quit) while a push is under way.
      SDL_Event wake{};
      wake.type = wake_event_type();
      wake_pending = SDL_PushEvent(&wake) == 1;
    }
    return true;
  }
  std::deque<std::function<void()>> take() {
    std::lock_guard lock(mutex);
    wake_pending = false;
    return std::exchange(tasks, {});
  }
  bool empty() {
    std::lock_guard lock(mutex);
    return tasks.empty();
  }
  void close() {
    std::deque<std::function<void()>> dropped;  // destroyed outside the lock
    std::lock_guard lock(mutex);
    closed = true;
    dropped.swap(tasks);
  }
};

bool Poster::post(std::function<void()> task) const { return queue_ && queue_->post(std::move(task)); }

struct App::Impl {
  App& app;
  AppOptions options;
  SystemTimeSource system_clock;
  SdlSession sdl;  // first in, last out
  std::unique_ptr<SDL_Window, WindowDeleter> window;
  // Headless only: the picture the software renderer draws into, in the layout PNGs are written
  // in, so a screenshot is saved from it directly with no second full-screen copy.
  std::unique_ptr<SDL_Surface, SurfaceDeleter> canvas;
  std::unique_ptr<SDL_Renderer, RendererDeleter> renderer;
  std::unique_ptr<TextCache> text;  // textures die before the renderer
  FontFiles fonts;
  Theme theme;
  UiContext ctx;
  InputTranslator input;
  GeometryScratch scratch;
  // Software rendering into a surface that keeps its pixels between frames (see frame_kept).
  bool frames_persist = false;
  Timers timers;
  std::vector<std::unique_ptr<Screen>> stack;
  std::vector<StackOp> pending;
  std::vector<std::string> drawn_text;
  std::function<void()> activity_listener;
  TimePoint last_activity{};
  std::uint64_t frames = 0;
  std::chrono::nanoseconds last_frame_time{0};
  TimePoint last_frame_at{};  // when the last frame began, on the app's clock (frame pacing)
  bool dirty = true;
  bool was_animating = false;
  bool running = false;
  std::shared_ptr<Poster::Queue> posted = std::make_shared<Poster::Queue>();

  Impl(App& owner, AppOptions o);
  ~Impl();
  void open_window();
  void refresh_output();
  void settle();
  void apply_stack_ops();
  void run_posted();
  void wait_and_dispatch(std::optional<Clock::duration> cap);
  bool tick();
  void draw_frame(bool present, FrameRecord* record = nullptr);
  void handle_input(const InputEvent& e);
  void note_activity();
  Screen* top() const { return stack.empty() ? nullptr : stack.back().get(); }
};

App::Impl::Impl(App& owner, AppOptions o) : app(owner), options(std::move(o)), theme(options.theme) {
  open_window();
  text = std::make_unique<TextCache>(renderer.get(), options.text_cache_capacity);
  fonts = find_font_files(options.font_family);
  ctx.theme = &theme;
  ctx.text = text.get();
  ctx.translate = options.translate;
  ctx.clock = options.clock ? options.clock : &system_clock;
  last_activity = ctx.now();
  wake_event_type();  // registered here, on the UI thread, not by a worker's first post
  refresh_output();
  // Typed text from a physical keyboard arrives as SDL_TEXTINPUT only while this is on.
  SDL_StartTextInput();
}

App::Impl::~Impl() {
  posted->close();  // before SDL shuts down: later posts are dropped, never pushed
  stack.clear();
  pending.clear();
  text.reset();
}

void App::Impl::open_window() {
  const WindowOptions& w = options.window;
  const bool software = w.software_renderer || headless_video_driver();
  // Software rendering straight into the window surface: without this SDL would load a whole
  // GL stack (mesa) just to show the surface, slowing a headless start and leaking at exit.
  if (software) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE;
  if (w.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
  window.reset(SDL_CreateWindow(w.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                w.size.w, w.size.h, flags));
  if (!window) throw std::runtime_error(std::string("SDL_CreateWindow failed: ") + SDL_GetError());
  if (headless_video_driver()) {
    // Nobody sees a headless window, so nothing needs its framebuffer (which would be a
    // second 8 MiB picture at 1080p). A headless window is never resized.
    int ww = 0;
    int wh = 0;
    SDL_GetWindowSize(window.get(), &ww, &wh);
    canvas.reset(SDL_CreateRGBSurfaceWithFormat(0, ww, wh, 32, SDL_PIXELFORMAT_RGBA32));
    if (!canvas) throw std::runtime_error(std::string("headless canvas: ") + SDL_GetError());
    renderer.reset(SDL_CreateSoftwareRenderer(canvas.get()));
    if (!renderer) throw std::runtime_error(std::string("SDL_CreateSoftwareRenderer failed: ") + SDL_GetError());
    SDL_SetRenderDrawBlendMode(renderer.get(), SDL_BLENDMODE_BLEND);
    scratch.output_format = canvas->format->format;
    frames_persist = true;
    return;
  }
  const Uint32 render_flags =
      software ? SDL_RENDERER_SOFTWARE : SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC;
  renderer.reset(SDL_CreateRenderer(window.get(), -1, render_flags));
  if (!renderer && !software) renderer.reset(SDL_CreateRenderer(window.get(), -1, SDL_RENDERER_SOFTWARE));
  if (!renderer) throw std::runtime_error(std::string("SDL_CreateRenderer failed: ") + SDL_GetError());
  SDL_SetRenderDrawBlendMode(renderer.get(), SDL_BLENDMODE_BLEND);
  // The software renderer draws into the window surface, in the window's format.
  if (software_renderer(renderer.get())) {
    scratch.output_format = SDL_GetWindowPixelFormat(window.get());
    frames_persist = true;
  }
  // A touch kiosk shows no mouse cursor.
  if (w.fullscreen) SDL_ShowCursor(SDL_DISABLE);
}

void App::Impl::refresh_output() {
  int ow = 0;
  int oh = 0;
  int ww = 0;
  int wh = 0;
  SDL_GetRendererOutputSize(renderer.get(), &ow, &oh);
  SDL_GetWindowSize(window.get(), &ww, &wh);
  input.set_sizes({ww, wh}, {ow, oh});
  ctx.metrics = Metrics({ow, oh});
  text->set_fonts(fonts, theme, ctx.metrics.scale());
  if (Screen* s = top()) s->request_layout();
  dirty = true;
  ctx.frame_kept = false;
}

void App::Impl::apply_stack_ops() {
  // on_show/on_hide may queue more changes: apply rounds until quiet (bounded, never a hang).
  for (int round = 0; round < 16 && !pending.empty(); ++round) {
    Screen* before = top();
    auto ops = std::move(pending);
    pending.clear();
    std::vector<std::unique_ptr<Screen>> removed;  // destroyed at the end of this round
    auto remove_top = [&] {
      removed.push_back(std::move(stack.back()));
      stack.pop_back();
    };
    for (auto& op : ops) {
      if ((op.kind == StackOp::Kind::pop || op.kind == StackOp::Kind::replace) && !stack.empty())
        remove_top();
      if (op.kind == StackOp::Kind::reset)
        while (!stack.empty()) remove_top();
      if (op.screen) {
        op.screen->app_ = &app;
        stack.push_back(std::move(op.screen));
      }
    }
    if (top() != before && before) before->on_hide(app);
    for (auto& gone : removed) {
      timers.cancel_owned(gone.get());
      gone->app_ = nullptr;
    }
    if (top() != before && top()) {
      top()->request_layout();
      top()->on_show(app);
      ctx.frame_kept = false;  // the output shows another screen's frame
    }
    dirty = true;
  }
}

void App::Impl::settle() {
  apply_stack_ops();
  if (Screen* s = top(); s && s->needs_layout()) s->layout(ctx);
}

void App::Impl::draw_frame(bool present, FrameRecord* record) {
  drawn_text.clear();
  Painter painter(renderer.get(), ctx, scratch, &drawn_text);
  painter.set_record(record);
  if (Screen* s = top()) {
    s->draw(painter);
    s->mark_drawn();
  } else {
    painter.clear(theme.background);
  }
  painter.set_clip(std::nullopt);
  if (present) SDL_RenderPresent(renderer.get());
  ctx.frame_kept = frames_persist;
  ++frames;
  dirty = false;
}

void App::Impl::run_posted() {
  // Only what was queued before this call: a task that posts again runs next iteration.
  for (auto& task : posted->take()) task();
}

bool App::Impl::tick() {
  run_posted();
  timers.fire_due(ctx.now());
  settle();
  Screen* s = top();
  const bool animating = s && s->animating(ctx.now());
  // One more frame after an animation ends, so its final state is what stays on screen.
  const bool needed = dirty || (s && s->needs_draw()) || animating || was_animating;
  was_animating = animating;
  if (!needed) return false;
  const auto start = std::chrono::steady_clock::now();
  last_frame_at = ctx.now();
  draw_frame(true);
  last_frame_time = std::chrono::steady_clock::now() - start;
  return true;
}

void App::Impl::note_activity() {
  last_activity = ctx.now();
  if (auto listener = activity_listener) listener();
}

void App::Impl::handle_input(const InputEvent& e) {
  switch (e.kind) {
    case InputEvent::Kind::pointer:
    case InputEvent::Kind::text:
    case InputEvent::Kind::key: break;
    case InputEvent::Kind::resized: refresh_output(); return;
    case InputEvent::Kind::redraw:  // exposed: the window system may have lost the pixels
      dirty = true;
      ctx.frame_kept = false;
      return;
    case InputEvent::Kind::device_reset:
      text->clear();  // the textures died with the device
      dirty = true;
      ctx.frame_kept = false;
      return;
    case InputEvent::Kind::quit:
      if (options.close_quits) running = false;
      return;
  }
  note_activity();
  // Apply queued screen changes first, so this input reaches what the person now sees.
  settle();
  const bool keyboard_focus = e.kind == InputEvent::Kind::key && e.key == Key::tab;
  const bool pointing = e.kind == InputEvent::Kind::pointer && e.phase == PointerPhase::down;
  if ((keyboard_focus && !ctx.focus_visible) || (pointing && ctx.focus_visible)) {
    ctx.focus_visible = keyboard_focus;
    dirty = true;
  }
  if (Screen* s = top()) s->handle(ctx, e);
}

App::App(AppOptions options) : impl_(std::make_unique<Impl>(*this, std::move(options))) {}
App::~App() = default;

void App::push(std::unique_ptr<Screen> screen) {
  impl_->pending.push_back({StackOp::Kind::push, std::move(screen)});
}
void App::pop() { impl_->pending.push_back({StackOp::Kind::pop, nullptr}); }
void App::replace(std::unique_ptr<Screen> screen) {
  impl_->pending.push_back({StackOp::Kind::replace, std::move(screen)});
}
void App::reset(std::unique_ptr<Screen> screen) {
  impl_->pending.push_back({StackOp::Kind::reset, std::move(screen)});
}
Screen* App::top() const { return impl_->top(); }
std::size_t App::depth() const { return impl_->stack.size(); }

std::optional<Clock::duration> App::wait_budget() const {
  const TimePoint now = impl_->ctx.now();
  Screen* s = top();
  if (!impl_->pending.empty() || impl_->dirty || (s && s->needs_draw()) || !impl_->posted->empty())
    return Clock::duration::zero();
  if ((s && s->animating(now)) || impl_->was_animating) {
    // Paced from the start of the last frame, so drawing time does not stretch the period:
    // 30 fps means a frame every 33 ms, not 33 ms after each frame ends.
    const auto interval = std::chrono::duration_cast<Clock::duration>(std::chrono::seconds(1)) /
                          std::max(1, impl_->options.animation_fps);
    return std::clamp(interval - (now - impl_->last_frame_at), Clock::duration::zero(), interval);
  }
  if (auto due = impl_->timers.next_due()) return std::max(Clock::duration::zero(), *due - now);
  return std::nullopt;
}

void App::Impl::wait_and_dispatch(std::optional<Clock::duration> cap) {
  auto budget = app.wait_budget();
  if (cap) budget = budget ? std::min(*budget, *cap) : *cap;
  SDL_Event event;
  int got = 0;
  if (budget) {
    const auto ms = std::chrono::ceil<std::chrono::milliseconds>(*budget).count();
    got = SDL_WaitEventTimeout(&event, static_cast<int>(std::clamp<long long>(ms, 0, 60'000)));
  } else {
    got = SDL_WaitEvent(&event);
  }
  if (!got) return;
  app.dispatch(event);
  while (SDL_PollEvent(&event)) app.dispatch(event);
}

void App::run() {
  impl_->running = true;
  impl_->tick();
  while (impl_->running) {
    impl_->wait_and_dispatch(std::nullopt);
    if (!impl_->running) break;
    impl_->tick();
  }
}

bool App::run_once(Clock::duration max_wait) {
  impl_->wait_and_dispatch(max_wait);
  return impl_->tick();
}

void App::quit() { impl_->running = false; }
bool App::running() const { return impl_->running; }

bool App::pump() {
  SDL_Event event;
  while (SDL_PollEvent(&event)) dispatch(event);
  return impl_->tick();
}

void App::dispatch(const SDL_Event& event) {
  if (event.type == wake_event_type()) return;  // it only ended the wait: tick() runs the tasks
  if (auto e = impl_->input.translate(event)) impl_->handle_input(*e);
}

void App::post(std::function<void()> task) { impl_->posted->post(std::move(task)); }

Poster App::poster() const {
  Poster p;
  p.queue_ = impl_->posted;
  return p;
}

TimePoint App::now() const { return impl_->ctx.now(); }
Timers& App::timers() { return impl_->timers; }
TimerId App::after(Clock::duration delay, std::function<void()> callback) {
  return impl_->timers.at(now() + delay, std::move(callback));
}

void App::set_theme(Theme theme) {
  impl_->theme = std::move(theme);
  impl_->refresh_output();
}
const Theme& App::theme() const { return impl_->theme; }

void App::set_translator(Translator translate) {
  impl_->ctx.translate = std::move(translate);
  if (Screen* s = top()) s->request_layout();
  impl_->dirty = true;
}

void App::set_activity_listener(std::function<void()> listener) {
  impl_->activity_listener = std::move(listener);
}
TimePoint App::last_activity() const { return impl_->last_activity; }
void App::invalidate() { impl_->dirty = true; }
const UiContext& App::context() const { return impl_->ctx; }
TextCache& App::text_cache() { return *impl_->text; }
void App::set_text_observer(TextObserver observer) { impl_->text->set_observer(std::move(observer)); }
const std::vector<std::string>& App::drawn_text() const { return impl_->drawn_text; }
std::uint64_t App::frames_drawn() const { return impl_->frames; }
std::chrono::nanoseconds App::last_frame_time() const { return impl_->last_frame_time; }
Size App::output_size() const { return impl_->ctx.metrics.output(); }

FrameRecord App::record_frame() {
  impl_->settle();
  FrameRecord record;
  record.output = output_size();
  impl_->ctx.frame_kept = false;  // a full frame, not the area a kept frame would redraw
  impl_->draw_frame(false, &record);
  return record;
}

void App::save_screenshot(const std::filesystem::path& path) {
  impl_->settle();
  impl_->draw_frame(false);
  if (SDL_Surface* canvas = impl_->canvas.get()) {
    SDL_RenderFlush(impl_->renderer.get());  // the software renderer draws when flushed
    if (IMG_SavePNG(canvas, path.c_str()) != 0)
      throw std::runtime_error("cannot write screenshot " + path.string() + ": " + IMG_GetError());
    return;
  }
  const Size out = output_size();
  // RGBA32 is the layout IMG_SavePNG writes; any other and it makes a full-screen converted
  // copy first (8 MiB at 1080p, the largest allocation of a headless run).
  std::unique_ptr<SDL_Surface, SurfaceDeleter> surface(
      SDL_CreateRGBSurfaceWithFormat(0, out.w, out.h, 32, SDL_PIXELFORMAT_RGBA32));
  if (!surface) throw std::runtime_error(std::string("screenshot surface: ") + SDL_GetError());
  // Read before presenting: after a present the back buffer's contents are undefined.
  if (SDL_RenderReadPixels(impl_->renderer.get(), nullptr, SDL_PIXELFORMAT_RGBA32,
                           surface->pixels, surface->pitch) != 0)
    throw std::runtime_error(std::string("SDL_RenderReadPixels: ") + SDL_GetError());
  SDL_RenderPresent(impl_->renderer.get());
  if (IMG_SavePNG(surface.get(), path.c_str()) != 0)
    throw std::runtime_error("cannot write screenshot " + path.string() + ": " + IMG_GetError());
}

}  // namespace stillpoint::ui
