// Providers side by side: the same input and growth priced by every catalogue that can
// price it, month by month, with each provider's stage moves and the cheapest each month.
// Built from each provider's own timeline document, so it always agrees with them.
#pragma once

#include "rightsize/timeline.hpp"

namespace rightsize {

// {"ok": true, "result": {...}} or the errors. The input is a timeline input; its
// "provider" and "uncertainty" are not read, and "providers" (a list of catalogue names)
// narrows the comparison.
Value compare_document(const Model& model, const Value& input);

}  // namespace rightsize
