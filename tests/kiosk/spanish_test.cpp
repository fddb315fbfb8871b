// The kiosk's Spanish addresses everyone: no masculine-only form of words about the person (the
// lobby already says "Le damos la bienvenida"), in the kiosk's catalog, the intake's own words
// and the default form's Spanish texts.
#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "support.h"

using namespace stillpoint::kiosk;

namespace {

nlohmann::json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), path.string());
  return nlohmann::json::parse(in);
}

// Every Spanish string a person can read at the kiosk.
std::vector<std::string> spanish_texts() {
  std::vector<std::string> out;
  const nlohmann::json catalog = read_json(test::source_dir() / "assets/i18n/es.json");
  for (const auto& [key, text] : catalog.items())
    if (key != "$comment") out.push_back(text.get<std::string>());
  const nlohmann::json intake_words = read_json(test::source_dir() / "kiosk/intake/strings.json");
  for (const auto& text : intake_words.at("es")) out.push_back(text.get<std::string>());
  // The form's translations: every FHIR translation extension with lang "es".
  const nlohmann::json form = read_json(test::source_dir() / "assets/forms/intake.json");
  std::vector<const nlohmann::json*> todo{&form};
  while (!todo.empty()) {
    const nlohmann::json& node = *todo.back();
    todo.pop_back();
    if (node.is_object() && node.value("url", "") == "http://hl7.org/fhir/StructureDefinition/translation") {
      std::string lang, content;
      for (const auto& part : node.at("extension")) {
        if (part.at("url") == "lang") lang = part.at("valueCode").get<std::string>();
        if (part.at("url") == "content") content = part.at("valueString").get<std::string>();
      }
      if (lang == "es") out.push_back(content);
    }
    if (node.is_structured())
      for (const auto& child : node) todo.push_back(&child);
  }
  return out;
}

// The words of `text`, lower-cased (ASCII capitals; "Ó" and friends start no word here).
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out(1);
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    const bool letter = std::isalpha(u) || u >= 0x80;
    if (letter) {
      out.back() += static_cast<char>(std::tolower(u));
    } else if (!out.back().empty()) {
      out.emplace_back();
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the kiosk's Spanish has no masculine-only form of words about the person") {
  // Adjectives and participles that would describe the person reading, masculine only.
  // ("Solo" and "Listo" are left out: at the kiosk they are "only" and the "Done" key.)
  const std::set<std::string> masculine{
      "bienvenido", "bienvenidos", "registrado", "registrados", "cómodo",    "cómodos",
      "sentado",    "sentados",    "tranquilo",  "tranquilos",  "atendido",  "atendidos",
      "preocupado", "preocupados", "nervioso",   "nerviosos",   "cansado",   "cansados",
      "acompañado", "informado",   "obligado",   "seguro",      "convencido"};
  const auto texts = spanish_texts();
  REQUIRE(texts.size() > 100);
  for (const std::string& text : texts) {
    for (const std::string& w : words(text)) {
      if (!masculine.count(w)) continue;
      INFO(text);
      FAIL_CHECK("masculine-only \"" << w << "\"");
    }
  }
}

TEST_CASE("the welcome, walk-in, ticket and help texts read neutrally in Spanish") {
  const auto es = read_json(test::source_dir() / "assets/i18n/es.json");
  CHECK(es["welcome.title"] == "Le damos la bienvenida. Nos alegra que esté aquí.");
  CHECK(es["walkin.title"] == "Le damos la bienvenida. Se está registrando sin cita.");
  CHECK(es["ticket.title"] == "Su registro está completo.");
  CHECK(es["help.body"].get<std::string>().find("a gusto") != std::string::npos);
}
