// Why a check-in is urgent travels with it ("help_button" or "asked_to_talk"), and a person who
// asked in the intake to talk with someone soon is told, calmly, that the team knows.
#include <doctest/doctest.h>

#include "stillpoint/sync/outbox.h"
#include "support.h"

using namespace stillpoint;
using namespace stillpoint::kiosk;
using namespace std::chrono_literals;

namespace {

nlohmann::json small_response() {
  return {{"resourceType", "QuestionnaireResponse"},
          {"status", "completed"},
          {"item", nlohmann::json::array({{{"linkId", "talk-care-team"},
                                           {"answer", nlohmann::json::array(
                                                          {{{"valueCoding", {{"code", "yes-asap"}}}}})}}})}};
}

// A walk-in form that submits at once, as urgent or not (the intake's own tests fill the form).
IntakeFactory intake_answering(bool urgent) {
  return [urgent](const IntakeHooks& hooks) {
    auto s = std::make_unique<ui::Screen>();
    s->root().add<ui::Button>(ui::literal("Send my answers"),
                              [submit = hooks.submit, urgent] { submit(small_response(), urgent); });
    return s;
  };
}

void walk_in(test::Kiosk& k) {
  k.tap("Check in");
  k.tap("I'm a walk-in");
  k.tap("Send my answers");
  REQUIRE(k.flow->step() == Step::ticket);
}

sync::IssuedCheckin issued() {
  return {"0b7c3a64-5b8e-4c1e-9d7f-2a4b6c8d0e1f", "A-07", TimePoint{} + std::chrono::hours(24 * 365 * 56)};
}

}  // namespace

TEST_CASE("asking to talk as soon as possible: an urgent check-in that says why, and a calm acknowledgement") {
  test::Kiosk k(nullptr, test::test_config(), intake_answering(true));
  walk_in(k);
  const auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].urgent);
  CHECK(drafts[0].urgent_reason == std::optional<UrgentReason>(UrgentReason::asked_to_talk));
  CHECK(sync::checkin_body(drafts[0], issued())["urgent_reason"] == "asked_to_talk");
  CHECK(k.shows("We've let the team know you'd like to talk soon."));
  CHECK(k.shows("A-07"));
  SUBCASE("in Spanish too") {
    k.tap("Done");
    k.tap("Español");
    k.tap("Registrarme");
    k.tap("Vengo sin cita");
    k.tap("Send my answers");
    CHECK(k.shows("Ya avisamos al equipo de que le gustaría hablar pronto con alguien."));
  }
  SUBCASE("then 'Need help now?' on the ticket gives the button as the reason, on the same check-in") {
    k.tap("Need help now?");
    CHECK(k.shows("Someone is coming to you."));
    REQUIRE(k.demo->enqueued().size() == 1);
    CHECK(k.demo->enqueued()[0].urgent_reason == std::optional<UrgentReason>(UrgentReason::help_button));
  }
}

TEST_CASE("an ordinary walk-in is neither urgent nor acknowledged as such, and sends no reason") {
  test::Kiosk k(nullptr, test::test_config(), intake_answering(false));
  walk_in(k);
  const auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  CHECK_FALSE(drafts[0].urgent);
  CHECK_FALSE(drafts[0].urgent_reason.has_value());
  CHECK_FALSE(sync::checkin_body(drafts[0], issued()).contains("urgent_reason"));
  CHECK_FALSE(k.shows("We've let the team know you'd like to talk soon."));
}

TEST_CASE("'Need help now?' before any ticket sends help_button as the reason") {
  test::Kiosk k;
  k.tap("Check in");
  k.tap("Need help now?");
  const auto drafts = k.demo->enqueued();
  REQUIRE(drafts.size() == 1);
  CHECK(drafts[0].urgent);
  CHECK(drafts[0].urgent_reason == std::optional<UrgentReason>(UrgentReason::help_button));
  const auto body = sync::checkin_body(drafts[0], issued());
  CHECK(body["urgent"] == true);
  CHECK(body["urgent_reason"] == "help_button");
}

TEST_CASE("the check-in body gives a reason only with urgent: true") {
  sync::CheckinDraft draft;
  draft.urgent_reason = UrgentReason::asked_to_talk;
  CHECK_FALSE(sync::checkin_body(draft, issued()).contains("urgent_reason"));
  CHECK_FALSE(sync::checkin_body(draft, issued()).contains("urgent"));
  draft.urgent = true;
  CHECK(sync::checkin_body(draft, issued())["urgent_reason"] == "asked_to_talk");
}

TEST_CASE("help after the ticket, before delivery: the stored body becomes urgent with the button as reason") {
  const auto dir = test::scratch_dir("urgent-reason-outbox");
  ManualTimeSource clock(TimePoint{} + std::chrono::hours(24 * 365 * 56));
  sync::Outbox outbox(dir / "outbox.db", "A", clock);
  SUBCASE("an ordinary check-in") {
    const auto ticket = outbox.enqueue_checkin(sync::CheckinDraft{});
    CHECK(outbox.mark_urgent(ticket.id) == sync::UrgentMark::pending_updated);
    const auto body = nlohmann::json::parse(outbox.oldest()->body);
    CHECK(body["urgent"] == true);
    CHECK(body["urgent_reason"] == "help_button");
    CHECK(outbox.mark_urgent(ticket.id) == sync::UrgentMark::already_urgent);
  }
  SUBCASE("one already urgent because the person asked to talk") {
    sync::CheckinDraft draft;
    draft.urgent = true;
    draft.urgent_reason = UrgentReason::asked_to_talk;
    const auto ticket = outbox.enqueue_checkin(draft);
    CHECK(nlohmann::json::parse(outbox.oldest()->body)["urgent_reason"] == "asked_to_talk");
    CHECK(outbox.mark_urgent(ticket.id) == sync::UrgentMark::pending_updated);
    CHECK(nlohmann::json::parse(outbox.oldest()->body)["urgent_reason"] == "help_button");
    CHECK(outbox.mark_urgent(ticket.id) == sync::UrgentMark::already_urgent);
  }
}
