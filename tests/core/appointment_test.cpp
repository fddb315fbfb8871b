#include <doctest/doctest.h>

#include "stillpoint/core/appointment.h"

using namespace stillpoint;

TEST_CASE("appointment: the kiosk greets with first name and last initial") {
  CHECK(greeting_name("Jordan", "Rivera") == "Jordan R.");
  CHECK(greeting_name("  Sam ", " lee") == "Sam L.");
  CHECK(greeting_name("Ana", "") == "Ana");
  CHECK(greeting_name("José", "Ñúñez") == "José Ñ.");
}

TEST_CASE("appointment: initials compare without regard to ASCII case") {
  CHECK(first_initial("jordan") == "J");
  CHECK(same_initial("j", "Jordan"));
  CHECK_FALSE(same_initial("K", "Jordan"));
  CHECK_FALSE(same_initial("", "Jordan"));
  CHECK(first_initial("Ángel") == "Á");
}
