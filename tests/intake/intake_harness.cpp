#include "intake_harness.h"

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <SDL.h>
#include <doctest/doctest.h>

#include "stillpoint/core/forms/loader.h"
#include "stillpoint/kiosk_intake/answer_field.h"

namespace stillpoint::kiosk_intake::test {

std::shared_ptr<const forms::Questionnaire> default_form() {
  std::ifstream in(std::filesystem::path(STILLPOINT_SOURCE_DIR) / "assets" / "forms" / "intake.json");
  std::stringstream text;
  text << in.rdbuf();
  return forms::load_questionnaire_text(text.str());
}

namespace {

ui::AppOptions headless(ui::Size size, const TimeSource& clock) {
  setenv("SDL_VIDEODRIVER", "offscreen", 1);
  setenv("SDL_AUDIODRIVER", "dummy", 1);
  ui::AppOptions o;
  o.window.fullscreen = false;
  o.window.size = size;
  o.clock = &clock;
  return o;
}

// The block (Column) whose question label reads exactly `question`.
ui::Widget* block_of(const ui::Screen& screen, const ui::UiContext& ctx, std::string_view question) {
  for (ui::Widget* w : screen.all_widgets())
    if (dynamic_cast<ui::Label*>(w) && w->label(ctx) == question && w->parent()) return w->parent();
  return nullptr;
}

template <class F>
void walk(ui::Widget& w, F&& visit) {
  if (!w.visible()) return;
  visit(w);
  for (const auto& child : w.children()) walk(*child, visit);
}

}  // namespace

IntakeHarness::IntakeHarness(ui::Size size, std::string language)
    : clock(TimePoint{} + std::chrono::hours(24 * 365 * 56)),
      app(std::make_unique<ui::App>(headless(size, clock))) {
  IntakeFlowOptions options;
  options.form = default_form();
  options.language = std::move(language);
  options.on_submit = [this](nlohmann::json r, bool u) {
    response = std::move(r);
    urgent = u;
    ++submits;
  };
  options.on_cancel = [this] { ++cancels; };
  auto screen = make_intake_flow(std::move(options));
  flow = screen.get();
  app->push(std::move(screen));
  app->pump();
}

IntakeHarness::~IntakeHarness() = default;

void IntakeHarness::finger_tap(ui::Point p) {
  const ui::Size out = app->output_size();
  for (Uint32 type : {SDL_FINGERDOWN, SDL_FINGERUP}) {
    SDL_Event e{};
    e.type = type;
    e.tfinger.touchId = 7;
    e.tfinger.fingerId = 1;
    e.tfinger.x = static_cast<float>(p.x) / static_cast<float>(out.w);
    e.tfinger.y = static_cast<float>(p.y) / static_cast<float>(out.h);
    SDL_PushEvent(&e);
  }
  app->pump();
  app->pump();  // stack changes queued by the tap are applied and drawn
}

ui::Widget* IntakeHarness::find(std::string_view label) const {
  return screen().find_by_label(app->context(), label);
}

void IntakeHarness::tap_label(std::string_view label) {
  for (int tries = 0; tries < 5; ++tries) {
    if (ui::Widget* w = find(label)) return tap(*w);
    ui::Widget* next_button = find(flow->strings().get("intake.next"));
    REQUIRE_MESSAGE(next_button != nullptr, "no \"" << label << "\" and no Next to look further");
    tap(*next_button);
  }
  FAIL("never found \"" << label << "\"");
}

void IntakeHarness::tap_in(std::string_view question, std::string_view label) {
  ui::Widget* next_button = nullptr;
  for (int tries = 0; tries < 5; ++tries) {
    if (ui::Widget* block = block_of(screen(), app->context(), question)) {
      ui::Widget* target = nullptr;
      walk(*block, [&](ui::Widget& w) {
        if (!target && w.interactive() && w.label(app->context()) == label) target = &w;
      });
      REQUIRE_MESSAGE(target != nullptr, "no \"" << label << "\" under \"" << question << "\"");
      return tap(*target);
    }
    next_button = find(flow->strings().get("intake.next"));
    REQUIRE_MESSAGE(next_button != nullptr, "question not shown: " << question);
    tap(*next_button);
  }
  FAIL("never found the question \"" << question << "\"");
}

void IntakeHarness::slide_to(int value) {
  const auto sliders = all<ui::Slider>();
  REQUIRE_FALSE(sliders.empty());
  const ui::Rect b = sliders.front()->bounds();
  finger_tap({sliders.front()->stop_x(value), b.y + b.h / 4});
}

void IntakeHarness::tap_region(std::string_view question, std::string_view code, FigureView view) {
  for (int tries = 0; tries < 5; ++tries) {
    if (ui::Widget* block = block_of(screen(), app->context(), question)) {
      BodyMap* map = nullptr;
      // Landscape puts the question beside the map: look from the row holding both.
      for (ui::Widget* from = block; from && !map; from = from->parent())
        walk(*from, [&](ui::Widget& w) {
          if (!map) map = dynamic_cast<BodyMap*>(&w);
        });
      REQUIRE(map != nullptr);
      const auto at = map->region_center(code, view);
      REQUIRE_MESSAGE(at.has_value(), "region not drawn: " << code);
      return finger_tap(*at);
    }
    tap(*find(flow->strings().get("intake.next")));
  }
  FAIL("never found the body map \"" << question << "\"");
}

void IntakeHarness::open_field(std::string_view question) {
  tap_in(question, flow->strings().get("intake.tap_to_type"));
  REQUIRE(flow->view() == IntakeFlow::View::editor);
}

void IntakeHarness::type_keys(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t len = 1;
    while (i + len < text.size() && (static_cast<unsigned char>(text[i + len]) & 0xC0) == 0x80) ++len;
    const std::string key(text.substr(i, len));
    const std::string label = key == " " ? flow->strings().get("intake.keyboard.space") : key;
    ui::Widget* w = find(label);
    REQUIRE_MESSAGE(w != nullptr, "no key \"" << label << "\"");
    tap(*w);
    i += len;
  }
}

bool IntakeHarness::drew(std::string_view text) const {
  for (const auto& s : app->drawn_text())
    if (s.find(text) != std::string::npos) return true;
  return false;
}

bool IntakeHarness::fits() const {
  const ui::Rect out{0, 0, app->output_size().w, app->output_size().h};
  for (ui::Widget* w : screen().all_widgets()) {
    if (!out.contains(w->bounds())) {
      MESSAGE("outside the screen: " << w->label(app->context()) << " at y=" << w->bounds().y
                                     << " h=" << w->bounds().h);
      return false;
    }
  }
  return true;
}

void IntakeHarness::screenshot(const std::string& name) const {
  const auto dir = std::filesystem::path(STILLPOINT_BINARY_DIR) / "test-output" / "intake";
  std::filesystem::create_directories(dir);
  app->save_screenshot(dir / (name + ".png"));
  const char* update = std::getenv("STILLPOINT_UPDATE_SCREENSHOTS");
  if (update && std::string(update) == "1" && name.rfind("intake-", 0) == 0) {
    const auto docs = std::filesystem::path(STILLPOINT_SOURCE_DIR) / "docs" / "screenshots";
    std::filesystem::create_directories(docs);
    std::filesystem::copy_file(dir / (name + ".png"), docs / (name + ".png"),
                               std::filesystem::copy_options::overwrite_existing);
  }
}

namespace {

void collect(const nlohmann::json& items, std::string_view link_id, std::vector<nlohmann::json>& out) {
  for (const auto& item : items) {
    if (item.value("linkId", "") == link_id)
      for (const auto& a : item.value("answer", nlohmann::json::array())) out.push_back(a);
    if (item.contains("item")) collect(item["item"], link_id, out);
    for (const auto& a : item.value("answer", nlohmann::json::array()))
      if (a.contains("item")) collect(a["item"], link_id, out);
  }
}

}  // namespace

std::vector<nlohmann::json> answers_of(const nlohmann::json& response, std::string_view link_id) {
  std::vector<nlohmann::json> out;
  collect(response.value("item", nlohmann::json::array()), link_id, out);
  return out;
}

std::vector<std::string> codes_of(const nlohmann::json& response, std::string_view link_id) {
  std::vector<std::string> codes;
  for (const auto& a : answers_of(response, link_id))
    if (a.contains("valueCoding")) codes.push_back(a["valueCoding"]["code"].get<std::string>());
  return codes;
}

}  // namespace stillpoint::kiosk_intake::test

namespace stillpoint::kiosk_intake::test {

namespace {

void type_into(IntakeHarness& h, std::string_view question, std::string_view text) {
  h.open_field(question);
  h.type_keys(text);
  h.tap_label(h.flow->strings().get("intake.done"));
  REQUIRE(h.flow->view() == IntakeFlow::View::page);
}

void fill_visit(IntakeHarness& h) {
  h.tap_label("Stress or anxiety");
  h.tap_label("Something else");
  type_into(h, "In a few words, what else brings you in?", "jaw clenching");
  while (h.all<ui::Slider>().empty()) h.next();
  h.slide_to(6);
  h.tap_in("How have you been sleeping this past week?", "Up and down");
  h.next();
}

void fill_body(IntakeHarness& h) {
  const std::string tension = "Where do you feel tension or discomfort?";
  h.tap_region(tension, "shoulders", FigureView::front);
  h.tap_region(tension, "lower-back", FigureView::back);
  h.tap_region(tension, "hands", FigureView::front);
  h.tap_region(tension, "hands", FigureView::back);  // the same region again: undone
  h.tap_region(tension, "knees", FigureView::back);
  h.tap_region("Are there any areas you'd like us not to touch today?", "abdomen", FigureView::front);
  h.tap_in("What pressure do you like?", "Medium");
  h.next();
}

void fill_health(IntakeHarness& h) {
  h.tap_in("Have you had surgery or an injury in the last few months?", "No");
  h.tap_in("Have you ever had a blood clot, or been told you are at risk of one?", "Not sure");
  h.tap_in("Are you pregnant?", "Yes");
  type_into(h, "About how many weeks?", "24");
  h.tap_in("Is there any rash, broken skin or skin condition we should know about?", "No");
  h.tap_in("Do you take any medicine that changes how you feel touch, pressure or pain?", "No");
  type_into(h, "Is there anything else you'd like your therapist to know?", "please go gently");
  h.next();
}

}  // namespace

void fill_default_form(IntakeHarness& h) {
  fill_visit(h);
  fill_body(h);
  h.tap_in("I understand that my therapist will check in with me, and that I can pause or stop at any time.",
           "Yes, I understand and I'd like to continue");
  h.tap_in("Do you have a preference for your therapist?", "No preference");
  h.next();
  fill_health(h);
  h.tap_in("Would you like to talk with someone from our care team today?", "Yes, as soon as possible");
  h.tap_label(h.flow->strings().get("intake.review"));
  REQUIRE(h.flow->view() == IntakeFlow::View::review);
}

}  // namespace stillpoint::kiosk_intake::test
