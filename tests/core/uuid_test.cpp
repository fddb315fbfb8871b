#include <doctest/doctest.h>

#include <set>

#include "stillpoint/core/uuid.h"

using namespace stillpoint;

TEST_CASE("uuid: generated ids are valid v4 and distinct") {
  std::set<std::string> seen;
  for (int i = 0; i < 200; ++i) {
    const auto id = make_uuid_v4();
    CHECK(is_uuid_v4(id));
    seen.insert(id);
  }
  CHECK(seen.size() == 200);
}

TEST_CASE("uuid: only the canonical v4 form is accepted") {
  CHECK(is_uuid_v4("3f1c2b9e-8a4d-4c1e-9b2a-1d2e3f4a5b6c"));
  CHECK(is_uuid_v4("3F1C2B9E-8A4D-4C1E-BB2A-1D2E3F4A5B6C"));
  CHECK_FALSE(is_uuid_v4("3f1c2b9e-8a4d-1c1e-9b2a-1d2e3f4a5b6c"));   // version 1
  CHECK_FALSE(is_uuid_v4("3f1c2b9e-8a4d-4c1e-7b2a-1d2e3f4a5b6c"));   // wrong variant
  CHECK_FALSE(is_uuid_v4("3f1c2b9e8a4d4c1e9b2a1d2e3f4a5b6c"));       // no dashes
  CHECK_FALSE(is_uuid_v4("3f1c2b9e-8a4d-4c1e-9b2a-1d2e3f4a5b6g"));   // not hex
  CHECK_FALSE(is_uuid_v4("{3f1c2b9e-8a4d-4c1e-9b2a-1d2e3f4a5b6c}"));
  CHECK_FALSE(is_uuid_v4(""));
}
