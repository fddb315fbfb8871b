// The first-initial screen, shown when two appointments share a birth date: capitals only on
// large keys, accented ones accepted, and initials compared without accents (kiosk and server).
#include <doctest/doctest.h>

#include <mutex>
#include <thread>

#include "stillpoint/core/civil_time.h"
#include "support.h"
#include "test_server.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

namespace {

// The demo backend, remembering which initial each lookup asked about.
struct RecordingBackend : DemoBackend {
  using DemoBackend::DemoBackend;
  std::mutex mutex;
  std::vector<std::optional<std::string>> initials;
  sync::LookupAnswer lookup(Date d, std::optional<std::string> initial) override {
    {
      std::lock_guard lock(mutex);
      initials.push_back(initial);
    }
    return DemoBackend::lookup(d, initial);
  }
};

// What the first-initial field holds (the keys show every letter, so the drawn text can't tell).
std::string field_value(test::Kiosk& k) {
  for (ui::Widget* w : k.app->top()->all_widgets())
    if (auto* field = dynamic_cast<ui::TextField*>(w)) return field->value();
  return "(no field)";
}

void to_initial(test::Kiosk& k, const std::string& digits) {
  k.tap("Check in");
  k.tap("I have an appointment");
  k.type(digits);
  k.tap("Continue");
  k.settle();
  REQUIRE(k.flow->step() == Step::initial);
}

}  // namespace

TEST_CASE("the first initial: letters only on large keys, and an accented capital is accepted") {
  ManualTimeSource c(TimePoint{} + std::chrono::hours(24 * 365 * 56));
  auto backend = std::make_shared<RecordingBackend>(c, "A", test::source_dir() / "assets/forms/intake.json");
  backend->force_outcome(sync::LookupOutcome::several);
  test::Kiosk k(backend);
  to_initial(k, "04121990");
  // One letter is the whole answer: no lower case, digits, layer switch, Shift or space.
  for (const char* absent : {"a", "ñ", "123", "Shift", "space", "1"}) {
    INFO(absent);
    CHECK_FALSE(k.has_label(absent));
  }
  for (const char* offered : {"A", "Z", "Á", "É", "Í", "Ó", "Ú", "Ñ"}) {
    INFO(offered);
    CHECK(k.has_label(offered));
  }
  k.tap("Á");
  CHECK(field_value(k) == "Á");
  k.tap("Continue");
  k.settle();
  CHECK(k.flow->step() == Step::confirm);
  CHECK(k.flow->session().initial == "Á");
  // Asked without the accent: "Ángel" and "Angel" (as the desk may have typed it) both match.
  REQUIRE(backend->initials.size() == 2);
  CHECK_FALSE(backend->initials[0].has_value());
  CHECK(backend->initials[1] == std::optional<std::string>("A"));
  SUBCASE("in Spanish the same keys, with the question in Spanish") {
    k.tap("No, that's not me");
    k.tap("Back");
    k.tap("Español");
    REQUIRE(k.flow->step() == Step::dob);
    k.tap("Continuar");
    k.settle();
    REQUIRE(k.flow->step() == Step::initial);
    CHECK(k.shows("¿Cuál es la primera letra de su nombre?"));
    CHECK(k.has_label("Ñ"));
    CHECK_FALSE(k.has_label("Shift"));
  }
}

TEST_CASE("a picked letter can be changed, and a physical keyboard's accented letter is accepted") {
  test::Kiosk k;
  k.demo->force_outcome(sync::LookupOutcome::several);
  to_initial(k, "04121990");
  SUBCASE("tapping another key replaces the letter") {
    k.tap("B");
    k.tap("Ñ");
    CHECK(field_value(k) == "Ñ");
    k.tap("Continue");
    k.settle();
    CHECK(k.flow->session().initial == "Ñ");
  }
  SUBCASE("a lower-case accented letter typed on a keyboard") {
    k.type("\xC3\xA9");  // é
    CHECK(field_value(k) == "\xC3\x89");  // É
    k.tap("Continue");
    k.settle();
    CHECK(k.flow->step() == Step::confirm);
    CHECK(k.flow->session().initial == "\xC3\x89");
  }
  SUBCASE("a character that is not a letter is not sent") {
    k.type("7");
    k.tap("Continue");
    k.app->pump();
    CHECK(k.flow->step() == Step::initial);
    CHECK_FALSE(k.flow->looking_up());
  }
}

TEST_CASE("offline, the claim carries the initial without its accent, which the outbox accepts") {
  test::Kiosk k;
  k.demo->force_outcome(sync::LookupOutcome::several);
  to_initial(k, "04121990");
  k.tap("É");
  k.demo->force_outcome(sync::LookupOutcome::unavailable);
  k.tap("Continue");
  k.settle();
  REQUIRE(k.flow->step() == Step::ticket);
  const auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  REQUIRE(drafts[0].claim.has_value());
  CHECK(drafts[0].claim->first_initial == std::optional<std::string>("E"));
}

TEST_CASE("with a real server, Á and A both find Ángel, and É finds Elena") {
  const auto dir = test::scratch_dir("initial-end-to-end");
  test::Server server(dir / "server");
  const std::string kiosk_token = server.add_device("lobby-kiosk", "kiosk", "A");
  // Fictional people sharing a birth date, with appointments soon.
  const std::string start = format_timestamp(Clock::now() + 10min);
  server.import_csv("first_name,last_name,birth_date,start,practitioner,service\n"
                    "Ángel,Ruiz,1979-03-02," + start + ",Sam,massage\n"
                    "Beatriz,Soto,1979-03-02," + start + ",Sam,massage\n"
                    "Elena,Vidal,1979-03-02," + start + ",Sam,massage\n");
  server.start();
  auto config = test::test_config();
  config.server_url = "http://127.0.0.1:" + std::to_string(server.port);
  config.data_dir = (dir / "kiosk").string();
  SystemTimeSource wall;
  std::shared_ptr<KioskBackend> backend = make_device_backend({config, kiosk_token, &wall, false});
  test::Kiosk k(backend, config);
  const auto greeting_for = [&k](const std::string& letter) {
    k.flow->wipe();
    to_initial(k, "03021979");
    k.tap(letter);
    k.tap("Continue");
    k.settle();
    return k.flow->step() == Step::confirm
               ? k.shown()
               : "(step " + std::to_string(static_cast<int>(k.flow->step())) + ")";
  };
  const std::string accented = greeting_for("Á");
  CHECK_MESSAGE(accented.find("Ángel R., ") != std::string::npos, accented);
  const std::string plain = greeting_for("A");
  CHECK_MESSAGE(plain.find("Ángel R., ") != std::string::npos, plain);
  CHECK(greeting_for("É").find("Elena V., ") != std::string::npos);
  CHECK(greeting_for("B").find("Beatriz S., ") != std::string::npos);
  k.flow.reset();
}
