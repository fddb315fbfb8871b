// The rotation of slides on an injected clock: durations, schedules, skipped slides, crossfades.
#include <doctest/doctest.h>

#include "stillpoint/core/lobby/rotation.h"

using namespace stillpoint;
using namespace stillpoint::lobby;
using std::chrono::milliseconds;
using std::chrono::seconds;

namespace {

Slide slide(std::string id, int secs, Schedule schedule = {}) {
  Slide s;
  s.id = std::move(id);
  s.kind = SlideKind::quiet;
  s.duration = seconds(secs);
  s.schedule = schedule;
  return s;
}

Playlist three_slides() {
  Playlist p;
  p.slides = {slide("a", 10), slide("b", 20), slide("c", 5)};
  return p;
}

const LocalMoment kTuesdayMorning{std::chrono::Tuesday, 9 * 60};
const TimePoint kStart = TimePoint(seconds(1'800'000'000));

std::string shown(SlideRotation& r, TimePoint at, LocalMoment m = kTuesdayMorning) {
  const auto frame = r.update(at, m);
  return frame.current ? r.playlist().slides[*frame.current].id : "none";
}

}  // namespace

TEST_CASE("lobby: each slide stays for its own duration, then the playlist loops") {
  SlideRotation r(three_slides(), milliseconds(800));
  CHECK(shown(r, kStart) == "a");
  CHECK(shown(r, kStart + seconds(9)) == "a");
  CHECK(shown(r, kStart + seconds(10)) == "b");
  CHECK(shown(r, kStart + seconds(29)) == "b");
  CHECK(shown(r, kStart + seconds(30)) == "c");
  CHECK(shown(r, kStart + seconds(35)) == "a");
  REQUIRE(r.next_change().has_value());
  CHECK(*r.next_change() == kStart + seconds(45));
}

TEST_CASE("lobby: a slide outside its schedule is passed over and returns when it holds") {
  Playlist p = three_slides();
  p.slides[1].schedule.window = TimeWindow{17 * 60, 21 * 60};  // "b" only in the evening
  SlideRotation r(p, milliseconds(800));
  CHECK(shown(r, kStart) == "a");
  CHECK(shown(r, kStart + seconds(10)) == "c");
  const LocalMoment evening{std::chrono::Tuesday, 18 * 60};
  CHECK(shown(r, kStart + seconds(15), evening) == "a");
  CHECK(shown(r, kStart + seconds(25), evening) == "b");
}

TEST_CASE("lobby: a slide whose schedule ends while it shows gives way at once") {
  Playlist p = three_slides();
  p.slides[0].schedule.window = TimeWindow{9 * 60, 9 * 60 + 1};
  SlideRotation r(p, milliseconds(800));
  CHECK(shown(r, kStart) == "a");
  CHECK(shown(r, kStart + seconds(2), {std::chrono::Tuesday, 9 * 60 + 1}) == "b");
}

TEST_CASE("lobby: a slide that could not load is skipped from then on and never faded out") {
  SlideRotation r(three_slides(), milliseconds(800));
  CHECK(shown(r, kStart) == "a");
  r.mark_broken(0);
  const auto frame = r.update(kStart + milliseconds(10), kTuesdayMorning);
  REQUIRE(frame.current.has_value());
  CHECK(r.playlist().slides[*frame.current].id == "b");
  CHECK_FALSE(frame.previous.has_value());
  CHECK(shown(r, kStart + seconds(21)) == "c");
  CHECK(shown(r, kStart + seconds(26)) == "b");  // "a" stays out of the loop
}

TEST_CASE("lobby: with every slide broken or out of schedule there is nothing to show") {
  SlideRotation r(three_slides(), milliseconds(800));
  for (std::size_t i = 0; i < 3; ++i) r.mark_broken(i);
  CHECK(shown(r, kStart) == "none");
  CHECK_FALSE(r.next_change().has_value());
}

TEST_CASE("lobby: a change of slide dips through the background over the crossfade time") {
  SlideRotation r(three_slides(), milliseconds(800));
  r.update(kStart, kTuesdayMorning);
  const auto first = r.update(kStart + milliseconds(100), kTuesdayMorning);
  CHECK_FALSE(first.fade.running);  // the very first slide has nothing to fade from

  const TimePoint change = kStart + seconds(10);
  const auto at_start = r.update(change, kTuesdayMorning);
  REQUIRE(at_start.previous.has_value());
  CHECK(*at_start.previous == 0);
  CHECK_FALSE(at_start.fade.show_incoming);
  CHECK(at_start.fade.veil == doctest::Approx(0.0));

  const auto middle = r.update(change + milliseconds(400), kTuesdayMorning);
  CHECK(middle.fade.show_incoming);
  CHECK(middle.fade.veil == doctest::Approx(1.0));

  const auto late = r.update(change + milliseconds(600), kTuesdayMorning);
  CHECK(late.fade.show_incoming);
  CHECK(late.fade.veil > 0.0);
  CHECK(late.fade.veil < 1.0);

  const auto done = r.update(change + milliseconds(800), kTuesdayMorning);
  CHECK_FALSE(done.fade.running);
  CHECK_FALSE(done.previous.has_value());
  CHECK(done.fade.veil == doctest::Approx(0.0));
}

TEST_CASE("lobby: crossfade timing is a pure function of elapsed time") {
  CHECK(crossfade_at(milliseconds(200), milliseconds(800)).show_incoming == false);
  CHECK(crossfade_at(milliseconds(200), milliseconds(800)).veil == doctest::Approx(0.5));
  CHECK(crossfade_at(milliseconds(600), milliseconds(800)).veil == doctest::Approx(0.5));
  CHECK_FALSE(crossfade_at(milliseconds(900), milliseconds(800)).running);
  CHECK_FALSE(crossfade_at(milliseconds(0), milliseconds(0)).running);
}

TEST_CASE("lobby: a bilingual text shows English for the first half and Spanish for the second") {
  CHECK(alternating_language_at(milliseconds(0), seconds(20)) == 0);
  CHECK(alternating_language_at(milliseconds(9999), seconds(20)) == 0);
  CHECK(alternating_language_at(milliseconds(10000), seconds(20)) == 1);
}

TEST_CASE("lobby: a takeover dips out of the content, holds the call, then dips back") {
  const auto total = seconds(8);
  const auto fade = milliseconds(600);
  CHECK_FALSE(takeover_at(milliseconds(0), total, fade).show_call);
  CHECK(takeover_at(milliseconds(599), total, fade).veil > 0.99);
  CHECK(takeover_at(milliseconds(600), total, fade).show_call);
  const auto steady = takeover_at(seconds(4), total, fade);
  CHECK(steady.show_call);
  CHECK(steady.veil == doctest::Approx(0.0));
  CHECK_FALSE(steady.running);  // nothing moves: no frames while the call shows
  CHECK(takeover_at(milliseconds(7000), total, fade).show_call);
  CHECK(takeover_at(milliseconds(7399), total, fade).veil > 0.99);
  CHECK_FALSE(takeover_at(milliseconds(7500), total, fade).show_call);
  CHECK(takeover_at(seconds(8), total, fade).over);
}
