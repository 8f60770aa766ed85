// One bigger server against N smaller ones behind a load balancer, for a given load: both
// sized and priced by the core, with the guide's verdict (the margin rule of sizing.hpp),
// so a reader can try the principle on a load of their own.
#pragma once

#include "rightsize/timeline.hpp"

namespace rightsize {

// {"ok": true, "result": {...}} or the errors. The input is a timeline input's users,
// provider, cache_engine, flags and assumption overrides, plus "servers": how many smaller
// servers the fleet has (a whole number within the autoscaling minimum and maximum).
Value scale_choice_document(const Model& model, const Value& input);

}  // namespace rightsize
