#pragma once
// The loader's checks that an item tree can be rendered and evaluated. Private to the loader.
#include "stillpoint/core/forms/model.h"

namespace stillpoint::forms {

// Checks one item on its own (type, options, controls, ranges); throws FormLoadError.
void check_item_shape(const Item& item);
// Checks across items: unique linkIds, and enableWhen conditions that name an earlier
// question with an answer of a fitting kind. Throws FormLoadError naming the item.
void check_references(const Questionnaire& form);

}  // namespace stillpoint::forms
