// Initials compared accent-folded, so an accented capital at the kiosk finds the booked name
// however the front desk typed it.
#include <doctest/doctest.h>

#include "stillpoint/core/initials.h"

using namespace stillpoint;

TEST_CASE("an initial folds to a plain capital, whatever its case and accent") {
  CHECK(folded_initial("Ángel") == "A");
  CHECK(folded_initial("ángel") == "A");
  CHECK(folded_initial("Élodie") == "E");
  CHECK(folded_initial("Íñigo") == "I");
  CHECK(folded_initial("Óscar") == "O");
  CHECK(folded_initial("Úrsula") == "U");
  CHECK(folded_initial("Ñuño") == "N");
  CHECK(folded_initial("ñ") == "N");
  CHECK(folded_initial("Çelik") == "C");
  CHECK(folded_initial("  jordan") == "J");
  CHECK(folded_initial("") == "");
  // Letters with no plain equivalent stay as they are, so they only match themselves.
  CHECK(folded_initial("Ægir") == "Æ");
  CHECK(folded_initial("Łucja") == "Ł");
}

TEST_CASE("Á matches a name starting with Á or A, and A matches Á") {
  CHECK(same_folded_initial("Á", "Ángel"));
  CHECK(same_folded_initial("Á", "Angel"));
  CHECK(same_folded_initial("A", "Ángel"));
  CHECK(same_folded_initial("a", "Ángel"));
  CHECK(same_folded_initial("Ñ", "Nuria"));
  CHECK(same_folded_initial("N", "Ñuño"));
  CHECK_FALSE(same_folded_initial("É", "Ángel"));
  CHECK_FALSE(same_folded_initial("B", "Ángel"));
  CHECK_FALSE(same_folded_initial("", "Ángel"));
  CHECK_FALSE(same_folded_initial("Á", ""));
}

TEST_CASE("only a single letter that folds to A-Z is a letter the kiosk accepts") {
  for (const char* ok : {"A", "z", "Á", "É", "Í", "Ó", "Ú", "Ü", "Ñ", "ñ"}) {
    INFO(ok);
    CHECK(is_foldable_letter(ok));
  }
  for (const char* refused : {"", "AB", "ÁB", "1", "-", "¿", "Æ", " A", "€"}) {
    INFO(refused);
    CHECK_FALSE(is_foldable_letter(refused));
  }
}
