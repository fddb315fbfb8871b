#include <doctest/doctest.h>

#include "stillpoint/core/json_reader.h"

using namespace stillpoint;
using nlohmann::json;

namespace {
// The field named by the FieldError that `fn` throws, or "<none>".
template <class Fn>
std::string failing_field(Fn&& fn) {
  try {
    fn();
  } catch (const FieldError& e) {
    return e.field();
  }
  return "<none>";
}
}  // namespace

TEST_CASE("json reader: well-typed fields are read") {
  const json doc = {{"name", "A"}, {"n", 3}, {"x", 1.5}, {"ok", true}, {"o", {{"k", 1}}}};
  JsonObjectReader r(doc);
  CHECK(r.string("name") == "A");
  CHECK(r.integer("n", 0, 10) == 3);
  CHECK(r.number("x", 0, 2) == doctest::Approx(1.5));
  CHECK(r.boolean("ok"));
  CHECK(r.object("o").at("k") == 1);
  CHECK_FALSE(r.optional_string("missing"));
  CHECK_NOTHROW(r.finish());
}

TEST_CASE("json reader: each failure names its field") {
  const json doc = {{"s", 5}, {"n", "7"}, {"big", 11}, {"frac", 2.5}, {"long", "abcdef"},
                    {"child", {{"deep", "x"}}}};
  CHECK(failing_field([&] { JsonObjectReader(doc).string("s"); }) == "s");
  CHECK(failing_field([&] { JsonObjectReader(doc).integer("n", 0, 10); }) == "n");
  CHECK(failing_field([&] { JsonObjectReader(doc).integer("big", 0, 10); }) == "big");
  CHECK(failing_field([&] { JsonObjectReader(doc).integer("frac", 0, 10); }) == "frac");
  CHECK(failing_field([&] { JsonObjectReader(doc).string("long", 3); }) == "long");
  CHECK(failing_field([&] { JsonObjectReader(doc).string("absent"); }) == "absent");
  CHECK(failing_field([&] {
          JsonObjectReader child(doc.at("child"), "child");
          child.finish();
        }) == "child.deep");
}

TEST_CASE("json reader: unknown fields are refused by finish") {
  const json doc = {{"known", 1}, {"sneaky", 2}};
  JsonObjectReader r(doc);
  r.integer("known", 0, 5);
  CHECK(failing_field([&] { r.finish(); }) == "sneaky");
}

TEST_CASE("json reader: non-objects and malformed documents are refused") {
  CHECK(failing_field([] { JsonObjectReader(json::array()); }) == "");
  CHECK(failing_field([] { parse_json_document("{\"a\": "); }) == "");
  CHECK(failing_field([] { parse_json_document(""); }) == "");
  CHECK(parse_json_document(R"({"a":[1,2]})").at("a").size() == 2);
}

TEST_CASE("json reader: huge integers are out of range, not wrapped") {
  const json doc = json::parse(R"({"n": 18446744073709551615, "f": 1e300})");
  CHECK(failing_field([&] { JsonObjectReader(doc).integer("n", 0, 100); }) == "n");
  CHECK(failing_field([&] { JsonObjectReader(doc).integer("f", 0, 100); }) == "f");
}
