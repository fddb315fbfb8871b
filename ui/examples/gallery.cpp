#include "gallery.h"

#include <map>

namespace stillpoint::ui::gallery {

namespace {

using Catalog = std::map<std::string, std::string, std::less<>>;

Catalog english() {
  return {{"title", "How can we help today?"},
          {"subtitle", "Take your time. You can change any answer before you finish."},
          {"reason.stress", "Stress or anxiety"},
          {"reason.pain", "Muscle tension or pain"},
          {"reason.sleep", "Sleep"},
          {"reason.recovery", "Recovery support"},
          {"stress", "How stressed do you feel right now?"},
          {"calm", "Calm"},
          {"very", "Very stressed"},
          {"quiet_room", "Remind me at the desk"},
          {"room.any", "Any room is fine"},
          {"room.quiet", "A quiet room, please"},
          {"next", "Next"},
          {"back", "Back"},
          {"help", "Need help now?"},
          {"name", "What would you like us to call you?"},
          {"name.placeholder", "First name or nickname"},
          {"dob", "Your date of birth"},
          {"dob.placeholder", "MM/DD/YYYY"},
          {"space", "space"},
          {"delete", "Delete"},
          {"shift", "Shift"},
          {"still_there", "Still there?"},
          {"still_there.body", "For your privacy, this screen will start over in 15 seconds."},
          {"im_here", "I'm still here"},
          {"start_over", "Start over"},
          {"show_modal", "Show the privacy prompt"}};
}

Catalog spanish() {
  return {{"title", "¿Cómo podemos ayudarle hoy?"},
          {"subtitle", "Tómese su tiempo. Puede cambiar cualquier respuesta antes de terminar."},
          {"reason.stress", "Estrés o ansiedad"},
          {"reason.pain", "Tensión o dolor muscular"},
          {"reason.sleep", "Sueño"},
          {"reason.recovery", "Apoyo en la recuperación"},
          {"stress", "¿Cuánto estrés siente ahora?"},
          {"calm", "Tranquilo"},
          {"very", "Mucho estrés"},
          {"quiet_room", "Recordármelo en la recepción"},
          {"room.any", "Cualquier sala está bien"},
          {"room.quiet", "Una sala tranquila, por favor"},
          {"next", "Siguiente"},
          {"back", "Atrás"},
          {"help", "¿Necesita ayuda ahora?"},
          {"name", "¿Cómo le gustaría que le llamemos?"},
          {"name.placeholder", "Nombre o apodo"},
          {"dob", "Su fecha de nacimiento"},
          {"dob.placeholder", "MM/DD/AAAA"},
          {"space", "espacio"},
          {"delete", "Borrar"},
          {"shift", "Mayúsculas"},
          {"still_there", "¿Sigue ahí?"},
          {"still_there.body", "Por su privacidad, esta pantalla volverá al inicio en 15 segundos."},
          {"im_here", "Sigo aquí"},
          {"start_over", "Empezar de nuevo"},
          {"show_modal", "Mostrar el aviso de privacidad"}};
}

// Back / Next along the bottom, moving between pages by replacing the screen.
void add_navigation(Screen& screen, Page page) {
  auto& row = screen.root().add<Row>(24);
  const int index = static_cast<int>(page);
  row.add<Button>(tr("back"), [&screen, index] {
    if (index > 0) screen.app()->replace(make_page(static_cast<Page>(index - 1)));
  }, ButtonStyle::secondary);
  row.add<Button>(tr("next"), [&screen, index] {
    if (index < kPages - 1) screen.app()->replace(make_page(static_cast<Page>(index + 1)));
  });
}

void header(Screen& screen, Page page) {
  screen.root().add<ProgressDots>(kPages, static_cast<int>(page));
}

// Left and right panes in landscape, one above the other in portrait; fills the free height.
Split& panes(Screen& s, Column*& first, Column*& second) {
  auto& split = s.root().add<Split>(56);
  split.set_flex(1);
  first = &split.add<Column>(24);
  second = &split.add<Column>(24);
  return split;
}

void build_choices(Screen& s) {
  Column* left = nullptr;
  Column* right = nullptr;
  panes(s, left, right);
  left->add<Label>(tr("title"), FontSize::large, TextAlign::center);
  left->add<Label>(tr("subtitle"), FontSize::normal, TextAlign::center).set_muted(true);
  auto& group = right->add<ChoiceGroup>(SelectionMode::multiple, 1);
  group.add_option(tr("reason.stress"), "stress");
  group.add_option(tr("reason.pain"), "pain");
  group.add_option(tr("reason.sleep"), "sleep");
  group.add_option(tr("reason.recovery"), "recovery");
  group.set_selected({"stress"});
}

void build_scale(Screen& s) {
  Column* left = nullptr;
  Column* right = nullptr;
  panes(s, left, right);
  left->add<Label>(tr("stress"), FontSize::large, TextAlign::center);
  auto& slider = left->add<Slider>(0, 10);
  slider.set_end_labels(tr("calm"), tr("very"));
  slider.set_value(4);
  auto& room = right->add<ChoiceGroup>(SelectionMode::single, 1);
  room.add_option(tr("room.any"), "any");
  room.add_option(tr("room.quiet"), "quiet");
  room.set_selected({"quiet"});
  right->add<Toggle>(tr("quiet_room"), true);
  right->add<Button>(tr("help"), [] {}, ButtonStyle::quiet);
}

void build_keyboard(Screen& s) {
  Column* left = nullptr;
  Column* right = nullptr;
  panes(s, left, right);
  left->add<Label>(tr("name"), FontSize::large, TextAlign::center);
  left->add<TextField>(tr("name.placeholder"), 40).set_value("María");
  right->add<Keyboard>(tr("space"), tr("delete"), tr("shift"));
}

void build_keypad(Screen& s) {
  Column* left = nullptr;
  Column* right = nullptr;
  panes(s, left, right);
  left->add<Label>(tr("dob"), FontSize::large, TextAlign::center);
  left->add<TextField>(tr("dob.placeholder"), 10).set_value("04/1");
  right->add<Keypad>(tr("delete"), std::string("/"));
}

void show_still_there(Screen& s) {
  auto& modal = s.show_modal(std::make_unique<Modal>(tr("still_there"), tr("still_there.body")));
  modal.add_button(tr("im_here"), [&s] { s.close_modal(); });
  modal.add_button(tr("start_over"), [&s] { s.close_modal(); }, ButtonStyle::secondary);
}

void build_modal(Screen& s) {
  auto& root = s.root();
  root.add<Label>(tr("title"), FontSize::large, TextAlign::center);
  root.add<Button>(tr("show_modal"), [&s] { show_still_there(s); }, ButtonStyle::secondary);
  root.add<Spacer>(0, 1);
}

// The modal page opens its prompt as soon as it is shown.
class ModalPage : public Screen {
public:
  void on_show(App&) override {
    if (!modal()) show_still_there(*this);
  }
};

}  // namespace

std::unique_ptr<Screen> make_page(Page page) {
  auto screen = page == Page::modal ? std::make_unique<ModalPage>() : std::make_unique<Screen>();
  header(*screen, page);
  switch (page) {
    case Page::choices: build_choices(*screen); break;
    case Page::scale: build_scale(*screen); break;
    case Page::keyboard: build_keyboard(*screen); break;
    case Page::keypad: build_keypad(*screen); break;
    case Page::modal: build_modal(*screen); break;
  }
  add_navigation(*screen, page);
  return screen;
}

Translator translator(std::string language) {
  auto catalog = std::make_shared<const Catalog>(language == "es" ? spanish() : english());
  return [catalog](std::string_view key) {
    const auto it = catalog->find(key);
    return it == catalog->end() ? std::string(key) : it->second;
  };
}

}  // namespace stillpoint::ui::gallery
