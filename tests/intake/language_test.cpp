#include <doctest/doctest.h>

#include "intake_harness.h"

namespace stillpoint::kiosk_intake::test {

TEST_CASE("switching to Spanish mid-form keeps the answers and shows Spanish at once") {
  IntakeHarness h;
  h.tap_label("Stress or anxiety");
  h.tap_label("Sleep");
  CHECK(h.drew("What brings you in today?"));

  h.tap_label("Español");  // the language button in the header

  CHECK(h.flow->session().language() == "es");
  CHECK(h.drew("¿Qué le trae hoy por aquí?"));
  CHECK(h.drew("Estrés o ansiedad"));
  CHECK(h.drew("Siguiente"));
  CHECK_FALSE(h.drew("What brings you in today?"));
  CHECK_FALSE(h.drew("Next"));
  CHECK(h.flow->session().answers("reason").size() == 2);
  const auto tiles = h.all<ui::ChoiceTile>();
  int selected = 0;
  for (auto* tile : tiles) selected += tile->selected() ? 1 : 0;
  CHECK(selected == 2);  // the same two tiles still show as chosen
}

TEST_CASE("the kiosk can switch the language and the answers survive to the response") {
  IntakeHarness h;
  fill_default_form(h);
  h.flow->set_language("es");
  h.app->pump();
  CHECK(h.drew("Sus respuestas"));
  CHECK(h.drew("Estrés o ansiedad"));
  h.tap_label("Enviar mis respuestas");
  REQUIRE(h.submits == 1);
  // The record reads in the form's own language whatever language the person used.
  CHECK(answers_of(*h.response, "reason")[0]["valueCoding"]["display"] == "Stress or anxiety");
  CHECK(answers_of(*h.response, "reason-other")[0]["valueString"] == "jaw clenching");
}

TEST_CASE("a language switch tells the kiosk so it can switch its own words") {
  IntakeHarness h;
  // Rebuild the flow with an on_language callback.
  std::string told;
  IntakeFlowOptions options;
  options.form = default_form();
  options.on_language = [&told](const std::string& language) { told = language; };
  auto screen = make_intake_flow(std::move(options));
  IntakeFlow* flow = screen.get();
  h.app->replace(std::move(screen));
  h.app->pump();
  h.flow = flow;
  h.tap_label("Español");
  CHECK(told == "es");
  h.tap_label("English");
  CHECK(told == "en");
  CHECK(h.drew("What brings you in today?"));
}

}  // namespace stillpoint::kiosk_intake::test
