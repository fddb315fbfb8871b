// Writes the QuestionnaireResponse of a filled default intake form, so CTest can hand it to
// the external FHIR R4 validator (tests/fhir/validate.js).
//   stillpoint_forms_write_response INTAKE.json OUT.json
#include <fstream>
#include <iostream>
#include <sstream>

#include "filled_intake.h"
#include "stillpoint/core/civil_time.h"
#include "stillpoint/core/forms/loader.h"

namespace {

std::string read_file(const char* path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: stillpoint_forms_write_response INTAKE.json OUT.json\n";
    return 2;
  }
  try {
    stillpoint::forms::FormSession session(
        stillpoint::forms::load_questionnaire_text(read_file(argv[1])));
    if (!forms_test::fill_intake(session) || !session.validate().empty()) {
      std::cerr << "the filled intake form does not validate\n";
      return 1;
    }
    const auto authored = stillpoint::parse_timestamp("2026-11-21T14:30:00-05:00");
    std::ofstream(argv[2]) << session.build_response(*authored).dump(2) << "\n";
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return 0;
}
