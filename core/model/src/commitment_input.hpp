// Reading "commitment": {"from_month": N} into a timeline input.
#pragma once

#include <vector>

#include "rightsize/timeline.hpp"

namespace rightsize::detail {

// Needs the input's months and its catalogue (after any cache engine is chosen).
void read_commitment(const Value& v, TimelineInput& in, std::vector<FieldError>& errors);

}  // namespace rightsize::detail
