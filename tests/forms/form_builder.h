#pragma once
// Small builders for test questionnaires, so each test shows only the items it is about.
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "stillpoint/core/forms/loader.h"

namespace forms_test {

using nlohmann::json;

inline const char* const kSystem = "urn:test:codes";

// A Questionnaire resource holding `items`.
inline json questionnaire(json items) {
  return {{"resourceType", "Questionnaire"}, {"status", "active"},
          {"url", "https://example.org/q"}, {"version", "2"}, {"item", std::move(items)}};
}

inline json item(const std::string& link_id, const std::string& type, json extra = json::object()) {
  json out = {{"linkId", link_id}, {"type", type}, {"text", "Question " + link_id}};
  out.update(extra);
  return out;
}

inline json coding(const std::string& code) { return {{"system", kSystem}, {"code", code}}; }

// answerOption entries of codings with the given codes.
inline json coded_options(std::initializer_list<const char*> codes) {
  json out = json::array();
  for (const char* code : codes)
    out.push_back({{"valueCoding", {{"system", kSystem}, {"code", code}, {"display", std::string("Say ") + code}}}});
  return out;
}

inline json choice(const std::string& link_id, std::initializer_list<const char*> codes,
                   json extra = json::object()) {
  extra["answerOption"] = coded_options(codes);
  return item(link_id, "choice", std::move(extra));
}

inline std::shared_ptr<const stillpoint::forms::Questionnaire> load(json items) {
  return stillpoint::forms::load_questionnaire(questionnaire(std::move(items)));
}

// The linkId named by the load refusal of `resource`, or "<loaded>" when it loads.
inline std::string refused_link_id(const json& resource) {
  try {
    stillpoint::forms::load_questionnaire(resource);
  } catch (const stillpoint::forms::FormLoadError& e) {
    return e.link_id();
  }
  return "<loaded>";
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::string source_path(const std::string& relative) {
  return std::string(STILLPOINT_SOURCE_DIR) + "/" + relative;
}

// A Stillpoint code of the default intake form.
inline stillpoint::forms::Coding intake(const std::string& code) {
  return {"https://stillpoint.example/fhir/CodeSystem/intake", code, ""};
}

}  // namespace forms_test
