#include <doctest/doctest.h>

#include "stillpoint/kiosk_intake/page_packer.h"

namespace stillpoint::kiosk_intake {

TEST_CASE("blocks that fit share one part") {
  const auto parts = pack_blocks({{100}, {100}, {100}}, 400, 10);
  REQUIRE(parts.size() == 1);
  CHECK(parts[0].last == 3);
}

TEST_CASE("a block that does not fit starts the next part") {
  const auto parts = pack_blocks({{200}, {200}, {200}}, 420, 10);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].last == 2);
  CHECK(parts[1].first == 2);
}

TEST_CASE("a follow-up question moves to the next part with its parent") {
  const auto parts = pack_blocks({{250}, {100}, {100, true}}, 420, 10);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].last == 1);
  CHECK(parts[1].first == 1);
  CHECK(parts[1].last == 3);
}

TEST_CASE("a block taller than the screen gets a part of its own") {
  const auto parts = pack_blocks({{100}, {900}, {100}}, 400, 10);
  REQUIRE(parts.size() == 3);
  CHECK(parts[1].first == 1);
  CHECK(parts[1].last == 2);
}

TEST_CASE("a block that ends its part is the last one on it, though more would fit") {
  const auto parts = pack_blocks({{100}, {100, false, true}, {100}, {100, false, true}}, 900, 10);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].last == 2);
  CHECK(parts[1].first == 2);
  CHECK(parts[1].last == 4);
}

TEST_CASE("a follow-up of a block that ends its part goes on the next part") {
  const auto parts = pack_blocks({{100, false, true}, {100, true}}, 900, 10);
  REQUIRE(parts.size() == 2);
  CHECK(parts[0].last == 1);
  CHECK(parts[1].last == 2);
}

TEST_CASE("an empty page still has one part") { CHECK(pack_blocks({}, 400, 10).size() == 1); }

TEST_CASE("landscape pairs the columns two to a part, in reading order") {
  const auto columns = pack_blocks({{200}, {200}, {200}, {200}, {200}}, 420, 10);
  REQUIRE(columns.size() == 3);
  const auto pairs = pair_columns(columns);
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[0].part.first == 0);
  CHECK(pairs[0].split == 2);
  CHECK(pairs[0].part.last == 4);
  CHECK(pairs[1].part.first == 4);
  CHECK(pairs[1].split == 5);  // one column: nothing on the right
  CHECK(pairs[1].part.last == 5);
  CHECK(parts_of(pairs).size() == 2);
}

TEST_CASE("portrait keeps one column a part") {
  const auto pairs = single_columns(pack_blocks({{200}, {200}, {200}}, 420, 10));
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[0].split == pairs[0].part.last);
}

}  // namespace stillpoint::kiosk_intake
