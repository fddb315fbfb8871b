// Every string the kiosk shows is in both catalogs, and every key the code uses exists.
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "stillpoint/core/json_reader.h"
#include "stillpoint/kiosk/catalog.h"
#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;

namespace {
// Every string literal in kiosk/src that looks like a catalog key ("ticket.seat").
std::set<std::string> keys_used_in_code() {
  std::set<std::string> keys;
  const std::regex literal("\"([a-z_]+(\\.[a-z0-9_]+)+)\"");
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() / "kiosk" / "src")) {
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (std::sregex_iterator it(s.begin(), s.end(), literal), end; it != end; ++it) {
      const std::string key = (*it)[1];
      const auto ext = std::filesystem::path(key).extension();
      if (ext == ".json" || ext == ".db" || ext == ".png" || ext == ".h" || ext == ".cpp") continue;
      keys.insert(key);
    }
  }
  return keys;
}
}  // namespace

TEST_CASE("the English and Spanish catalogs have exactly the same keys") {
  const auto catalogs = load_catalogs(test::source_dir() / "assets" / "i18n");
  const auto en = catalogs.en.keys();
  const auto es = catalogs.es.keys();
  for (const auto& key : en) CHECK_MESSAGE(catalogs.es.has(key), "missing in es.json: " << key);
  for (const auto& key : es) CHECK_MESSAGE(catalogs.en.has(key), "missing in en.json: " << key);
  CHECK(en.size() > 60);
}

TEST_CASE("every key the kiosk code uses is in both catalogs") {
  const auto catalogs = load_catalogs(test::source_dir() / "assets" / "i18n");
  const auto used = keys_used_in_code();
  CHECK(used.count("welcome.start") == 1);  // the scan itself works
  for (const auto& key : used) {
    CHECK_MESSAGE(catalogs.en.has(key), "used in kiosk/src but not in en.json: " << key);
    CHECK_MESSAGE(catalogs.es.has(key), "used in kiosk/src but not in es.json: " << key);
  }
}

TEST_CASE("placeholders match between the languages") {
  const auto catalogs = load_catalogs(test::source_dir() / "assets" / "i18n");
  const std::regex placeholder("\\{[a-z_]+\\}");
  for (const auto& key : catalogs.en.keys()) {
    std::set<std::string> a, b;
    const auto en = catalogs.en.get(key);
    const auto es = catalogs.es.get(key);
    for (std::sregex_iterator it(en.begin(), en.end(), placeholder), end; it != end; ++it) a.insert(it->str());
    for (std::sregex_iterator it(es.begin(), es.end(), placeholder), end; it != end; ++it) b.insert(it->str());
    CHECK_MESSAGE(a == b, "placeholders differ for " << key);
  }
}

TEST_CASE("catalogs are read strictly, naming the bad key") {
  CHECK_THROWS_AS(catalog_from_json_text("[]"), FieldError);
  try {
    catalog_from_json_text(R"({"welcome.start": 3})");
    FAIL("accepted a number");
  } catch (const FieldError& e) {
    CHECK(e.field() == "welcome.start");
  }
  CHECK_THROWS_AS(catalog_from_json_text(R"({"a.b": ""})"), FieldError);
  CHECK(catalog_from_json_text(R"({"$comment": "x", "a.b": "c"})").keys().size() == 1);
}

TEST_CASE("fill replaces named placeholders and leaves unknown ones") {
  CHECK(fill("{name}, {time} with {practitioner}", {{"name", "Jordan R."}, {"time", "2:30 PM"},
                                                     {"practitioner", "Sam"}}) ==
        "Jordan R., 2:30 PM with Sam");
  CHECK(fill("about {low} to {high}", {{"low", "5"}}) == "about 5 to {high}");
  CHECK(fill("no braces", {}) == "no braces");
  CHECK(fill("open { only", {}) == "open { only");
}
