// The check-in flow tapped through screen by screen, checking what each one shows.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "stillpoint/kiosk_intake/intake_flow.h"
#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

namespace {
void tap_digits(test::Kiosk& k, const std::string& digits) {
  for (char c : digits) k.tap(std::string(1, c));
}
void to_dob(test::Kiosk& k) {
  k.tap("Check in");
  k.tap("I have an appointment");
  REQUIRE(k.flow->step() == Step::dob);
}
}  // namespace

TEST_CASE("welcome shows the clinic, one start target, the language switch and help") {
  test::Kiosk k;
  CHECK(k.shows("Quiet Pines Clinic"));
  CHECK(k.shows("Welcome. We're glad you're here."));
  CHECK(k.has_label("Check in"));
  CHECK(k.has_label("Español"));
  CHECK(k.has_label("Need help now?"));
  CHECK_FALSE(k.has_label("Back"));
}

TEST_CASE("an appointment check-in goes from the keypad to the greeting to a ticket") {
  test::Kiosk k;
  to_dob(k);
  CHECK(k.shows("What is your date of birth?"));
  CHECK(k.shows("MM/DD/YYYY"));
  tap_digits(k, "0412");
  CHECK(k.shows("04/12"));
  tap_digits(k, "1990");
  CHECK(k.shows("04/12/1990"));
  k.tap("Continue");
  k.settle();
  REQUIRE(k.flow->step() == Step::confirm);
  CHECK(k.shows("Jordan R., "));
  CHECK(k.shows("with Sam. Is this you?"));
  k.tap("Yes, that's me");
  CHECK(k.shows("How are you feeling today?"));
  k.tap("Continue");
  REQUIRE(k.flow->step() == Step::ticket);
  CHECK(k.shows("You're checked in."));
  CHECK(k.shows("A-07"));
  CHECK(k.shows("Please have a seat. We'll call your number."));
  CHECK(k.shows("The wait is about 10 to 15 minutes."));
  const auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].kind == VisitKind::appointment);
  CHECK(drafts[0].appointment_id == std::optional<std::string>("demo-1"));
  CHECK_FALSE(drafts[0].urgent);
  CHECK_FALSE(drafts[0].response.has_value());
  SUBCASE("the ticket returns to welcome on its own after ticket_screen_seconds") {
    k.advance(19s);
    CHECK(k.flow->step() == Step::ticket);
    k.advance(2s);
    CHECK(k.flow->step() == Step::welcome);
    CHECK_FALSE(k.shows("A-07"));
  }
  SUBCASE("the help card holds the ticket; the countdown starts again when it closes") {
    k.advance(15s);
    k.tap("Need help now?");
    REQUIRE(k.shows("Someone is coming to you."));
    k.advance(60s);  // far past ticket_screen_seconds: the person is still being helped
    CHECK(k.flow->step() == Step::ticket);
    CHECK(k.shows("Your number for our team: A-07"));
    k.tap("Thank you");
    k.advance(19s);
    CHECK(k.flow->step() == Step::ticket);
    CHECK(k.shows("A-07"));
    k.advance(2s);
    CHECK(k.flow->step() == Step::welcome);
  }
}

TEST_CASE("the feeling score travels as a small QuestionnaireResponse") {
  test::Kiosk k;
  to_dob(k);
  k.type("04121990");
  k.tap("Continue");
  k.settle();
  k.tap("Yes, that's me");
  k.flow->session().feeling = 6;  // the slider's own taps are the toolkit's tests
  k.tap("Continue");
  const auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  REQUIRE(drafts[0].response.has_value());
  CHECK((*drafts[0].response)["item"][0]["answer"][0]["valueInteger"] == 6);
}

TEST_CASE("impossible and incomplete dates get a kind message and no lookup") {
  test::Kiosk k;
  to_dob(k);
  tap_digits(k, "0230");
  tap_digits(k, "1990");
  k.tap("Continue");
  CHECK(k.shows("That date isn't on the calendar. Could you take another look?"));
  CHECK_FALSE(k.flow->looking_up());
  k.tap("Delete");
  k.tap("Delete");
  k.tap("Continue");
  CHECK(k.shows("Please enter all eight numbers"));
  CHECK(k.demo->enqueued().empty());
}

TEST_CASE("switching to Spanish re-renders at once and reads the date day first") {
  test::Kiosk k;
  k.tap("Español");
  CHECK(k.shows("Le damos la bienvenida. Nos alegra que esté aquí."));
  CHECK(k.has_label("English"));
  k.tap("Registrarme");
  k.tap("Tengo una cita");
  CHECK(k.shows("DD/MM/AAAA"));
  k.type("12041990");  // 12 April 1990, day first
  k.tap("Continuar");
  k.settle();
  REQUIRE(k.flow->step() == Step::confirm);
  CHECK(k.shows("¿Es usted?"));
  SUBCASE("switching back mid-entry keeps the same date") {
    k.tap("No, no soy yo");
    k.tap("Atrás");
    k.tap("English");
    REQUIRE(k.flow->step() == Step::dob);
    CHECK(k.shows("04/12/1990"));
  }
}

TEST_CASE("several appointments on that date: the first initial on the letter keys, then the greeting") {
  test::Kiosk k;
  k.demo->force_outcome(sync::LookupOutcome::several);
  to_dob(k);
  k.type("04121990");
  k.tap("Continue");
  k.settle();
  REQUIRE(k.flow->step() == Step::initial);
  CHECK(k.shows("What is the first letter of your first name?"));
  k.tap("J");
  k.tap("Continue");
  k.settle();
  CHECK(k.flow->step() == Step::confirm);
  CHECK(k.flow->session().initial == "J");
}

TEST_CASE("no appointment found: a kind way to the front desk or to a walk-in") {
  test::Kiosk k;
  to_dob(k);
  k.type("01011980");
  k.tap("Continue");
  k.settle();
  REQUIRE(k.flow->step() == Step::not_found);
  CHECK(k.shows("That's okay, it happens."));
  SUBCASE("the front desk") {
    k.tap("I'd like help from the front desk");
    CHECK(k.shows("Let's get you to the front desk."));
    k.tap("Done");
    CHECK(k.flow->step() == Step::welcome);
    CHECK(k.demo->enqueued().empty());
  }
  SUBCASE("continue as a walk-in opens the intake form") {
    k.tap("Check in as a walk-in");
    CHECK(k.flow->step() == Step::intake);
    CHECK(dynamic_cast<kiosk_intake::IntakeFlow*>(k.app->top()) != nullptr);
  }
}

TEST_CASE("a server that does not answer in time still gives a ticket, as an offline claim") {
  test::Kiosk k;
  k.demo->force_outcome(sync::LookupOutcome::unavailable);
  to_dob(k);
  k.type("04121990");
  k.tap("Continue");
  k.settle();
  REQUIRE(k.flow->step() == Step::ticket);
  CHECK(k.shows("The front desk will confirm your appointment."));
  const auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  REQUIRE(drafts[0].claim.has_value());
  CHECK(drafts[0].claim->birth_date == DemoBackend::demo_birth_date());
  CHECK_FALSE(drafts[0].appointment_id.has_value());
}

TEST_CASE("the lookup runs off the UI thread and the screen says 'one moment' meanwhile") {
  // A backend whose lookup blocks until released, like a slow network within the budget.
  struct SlowBackend : DemoBackend {
    using DemoBackend::DemoBackend;
    std::atomic<bool> release{false};
    sync::LookupAnswer lookup(Date d, std::optional<std::string> i) override {
      while (!release) std::this_thread::sleep_for(1ms);
      return DemoBackend::lookup(d, i);
    }
  };
  ManualTimeSource c(TimePoint{} + std::chrono::hours(24 * 365 * 56));
  auto slow = std::make_shared<SlowBackend>(c, "A", test::source_dir() / "assets/forms/intake.json");
  test::Kiosk k(slow);
  to_dob(k);
  k.type("04121990");
  k.tap("Continue");
  const auto frames = k.app->frames_drawn();
  k.advance(500ms);
  CHECK(k.flow->looking_up());
  CHECK(k.shows("One moment while we look for your appointment"));
  CHECK(k.app->frames_drawn() > frames);
  slow->release = true;
  k.settle();
  CHECK(k.flow->step() == Step::confirm);
}

TEST_CASE("Need help now? flags an urgent check-in and says, discreetly, that someone is coming") {
  test::Kiosk k;
  k.tap("Check in");
  k.tap("Need help now?");
  CHECK(k.shows("Someone is coming to you."));
  CHECK(k.shows("call or text 988"));
  CHECK(k.shows("Your number for our team: A-07"));
  auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].urgent);
  CHECK(drafts[0].kind == VisitKind::walk_in);
  k.tap("Thank you");
  CHECK_FALSE(k.shows("Someone is coming to you."));
  SUBCASE("a second press does not queue the person twice") {
    k.tap("Need help now?");
    CHECK(k.demo->enqueued().size() == 1);
  }
}

TEST_CASE("Escape does not leave the kiosk") {
  test::Kiosk k;
  k.tap("Check in");
  k.key(SDLK_ESCAPE);
  k.key(SDLK_F4);
  CHECK(k.flow->step() == Step::choose);
  CHECK(k.app->depth() == 1);
}

TEST_CASE("a full outbox or a failing disk sends the person to the front desk, kindly") {
  struct BrokenDisk : DemoBackend {
    using DemoBackend::DemoBackend;
    sync::IssuedCheckin enqueue(const sync::CheckinDraft&) override {
      throw std::runtime_error("disk full");
    }
  };
  ManualTimeSource c(TimePoint{});
  test::Kiosk k(std::make_shared<BrokenDisk>(c, "A", test::source_dir() / "assets/forms/intake.json"));
  to_dob(k);
  k.type("04121990");
  k.tap("Continue");
  k.settle();
  k.tap("Yes, that's me");
  k.tap("Skip this question");
  CHECK(k.flow->step() == Step::problem);
  CHECK(k.shows("Please let the front desk know you've arrived."));
  CHECK_FALSE(k.shows("You're checked in."));
}
