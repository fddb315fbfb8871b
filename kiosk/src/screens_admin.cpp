// The staff-only panel behind the hidden corner and the PIN: status, reload, exit.
#include <ctime>

#include "screens.h"
#include "stillpoint/core/civil_time.h"

namespace stillpoint::kiosk {

using namespace ui;
using namespace std::chrono_literals;

std::unique_ptr<Screen> make_admin_pin(KioskFlow& flow) {
  auto s = std::make_unique<KioskScreen>(flow, KioskScreen::Chrome{false, false, false});
  auto& lead = s->lead();
  lead.add<Label>(tr("admin.pin_title"), FontSize::large, TextAlign::center).set_bold(true);
  auto& message = lead.add<Label>(Text{}, FontSize::normal, TextAlign::center);
  message.set_visible(false);
  if (flow.admin_locked()) {
    message.set_text(tr("admin.locked"));
    message.set_visible(true);
    s->actions().add<Button>(tr("common.cancel"), [&flow] { flow.wipe(); }, ButtonStyle::secondary);
    return s;
  }
  auto& field = lead.add<TextField>(tr("admin.pin_placeholder"), 8);
  field.set_masked(true);
  s->actions().add<Keypad>(tr("keys.delete"));
  auto& row = (s->landscape() ? lead : s->actions()).add<Row>(24);
  row.add<Button>(tr("common.cancel"), [&flow] { flow.wipe(); }, ButtonStyle::secondary);
  row.add<Button>(tr("admin.unlock"), [&flow, &field, &message] {
    const std::string pin = field.value();
    field.clear();
    if (flow.check_pin(pin)) return;
    if (flow.admin_locked()) {
      flow.go(Step::admin_pin);  // shows the calm "later" message with no keypad
      return;
    }
    message.set_text(literal(fill(flow.t("admin.wrong_pin"),
                                  {{"attempts", std::to_string(flow.admin_attempts_left())}})));
    message.set_visible(true);
  });
  return s;
}

namespace {

std::string when(const std::optional<TimePoint>& at, const KioskFlow& flow) {
  if (!at) return flow.t("admin.never");
  return format_timestamp(*at);
}

// Re-reads the status every two seconds while staff look at it (not while a question is open).
class AdminStatusScreen : public KioskScreen {
public:
  explicit AdminStatusScreen(KioskFlow& flow) : KioskScreen(flow, Chrome{false, false, false}) {}
  void on_show(App& app) override {
    KioskScreen::on_show(app);
    schedule_refresh();
  }

private:
  void schedule_refresh() {
    after(2s, [this] {
      if (modal()) schedule_refresh();
      else flow().go(Step::admin_status);
    });
  }
};

// The panel lists this many held items; more are counted.
constexpr std::size_t kHeldShown = 4;

// Discarding is for good, so it asks once more.
void confirm_discard(KioskFlow& flow, Screen& screen, const std::string& id) {
  auto& card = screen.show_modal(
      std::make_unique<Modal>(tr("admin.discard_title"), tr("admin.discard_body")));
  card.add_button(tr("admin.discard"), [&flow, id] {
    flow.backend().discard_held(id);
    flow.go(Step::admin_status);
  }, ButtonStyle::danger);
  card.add_button(tr("admin.keep"), [&screen] { screen.close_modal(); }, ButtonStyle::secondary);
}

// One row per held item: what it is and why it was refused (never its contents), Retry, Discard.
void add_held_items(KioskFlow& flow, Screen& screen, Column& body) {
  const auto items = flow.backend().held_items();
  for (std::size_t i = 0; i < items.size() && i < kHeldShown; ++i) {
    const auto& item = items[i];
    const std::string what =
        flow.t(item.kind == sync::OutboxItemKind::urgent ? "admin.held_urgent" : "admin.held_checkin");
    std::string reason = std::to_string(item.http_status);
    if (!item.error_code.empty()) reason += " " + item.error_code;
    body.add<Label>(literal(fill(flow.t("admin.held_item"), {{"ticket", item.ticket.empty() ? "?" : item.ticket},
                                                              {"what", what},
                                                              {"reason", reason}})),
                    FontSize::small);
    auto& row = body.add<Row>(24);
    row.add<Button>(tr("admin.retry"), [&flow, id = item.id] {
      flow.backend().retry_held(id);
      flow.go(Step::admin_status);
    }, ButtonStyle::secondary);
    row.add<Button>(tr("admin.discard"), [&flow, &screen, id = item.id] {
      confirm_discard(flow, screen, id);
    }, ButtonStyle::danger);
  }
  if (items.size() > kHeldShown)
    body.add<Label>(literal(fill(flow.t("admin.held_more"),
                                 {{"count", std::to_string(items.size() - kHeldShown)}})),
                    FontSize::small);
}

}  // namespace

std::unique_ptr<Screen> make_admin_status(KioskFlow& flow) {
  auto s = std::make_unique<AdminStatusScreen>(flow);
  auto& body = s->lead();
  const auto status = flow.backend().status();
  const auto& config = flow.config();
  body.add<Label>(tr("admin.title"), FontSize::large, TextAlign::center).set_bold(true);
  auto line = [&](std::string_view key, std::string_view name, std::string value) {
    body.add<Label>(literal(fill(flow.t(key), {{name, std::move(value)}})), FontSize::normal);
  };
  line("admin.server", "state",
       flow.t(status.credentials_rejected ? "admin.rejected"
              : status.server_reachable   ? "admin.reachable"
                                          : "admin.unreachable"));
  line("admin.last_sync", "time", when(status.last_contact, flow));
  line("admin.outbox", "count", std::to_string(status.outbox_depth));
  line("admin.held", "count", std::to_string(status.held_items));
  if (status.held_items > 0) add_held_items(flow, *s, body);
  line("admin.kiosk", "name", config.clinic_name + " (" + config.ticket_prefix + ")");
  line("admin.version", "version", flow.options().version);
  auto& actions = s->actions();
  actions.add<Button>(tr("admin.reload"), [&flow] { flow.reload_content(); }, ButtonStyle::secondary);
  actions.add<Button>(tr("admin.close"), [&flow] { flow.wipe(); });
  actions.add<Button>(tr("admin.exit"), [&flow] { flow.exit_app(); }, ButtonStyle::danger);
  return s;
}

}  // namespace stillpoint::kiosk
