#pragma once
// Builds the widgets for one visible item of a form page: its question text and the control
// its type asks for (tiles, Yes/No tiles, slider, body map, or a field that opens the editor).
#include <functional>
#include <memory>

#include "stillpoint/core/forms/form_session.h"
#include "stillpoint/kiosk_intake/strings.h"
#include "stillpoint/ui/widget.h"

namespace stillpoint::kiosk_intake {

// What a block needs from the flow. Blocks write answers straight into the session, then call
// `changed` so the flow can show or hide follow-up questions. The flow owns one for its whole
// life: widgets' callbacks hold a reference to it, including while a rebuild retires them.
struct BlockContext {
  forms::FormSession& session;
  const IntakeStrings& strings;
  // Set by the flow before each build (the app's context, valid while the screen is shown).
  const ui::UiContext* ui = nullptr;
  // The tallest a block may be (the page's free height), in output pixels.
  int max_height = 0;
  // The height beside the page's column (landscape, where the header and buttons leave too
  // little under them for the body map), in output pixels; 0 when nothing goes beside it.
  int aside_height = 0;
  std::function<void()> changed;
  std::function<void(const forms::Item&)> edit;
};

// One item's widgets: the block for the page's column and, when the control goes beside the
// column instead (a body map when `aside_height` is set), that control.
struct ItemBlock {
  std::unique_ptr<ui::Widget> block;
  std::unique_ptr<ui::Widget> aside;
};

// The block for `item`: a Column with the question and its control, or calm text for a
// display item.
ItemBlock make_item_block(const forms::Item& item, BlockContext& context);

}  // namespace stillpoint::kiosk_intake
