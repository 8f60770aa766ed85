// Each move against the bill before it: a stage move, scale-up or resize says what the month
// it happens in costs against the month before, so a reader sees the step, not only the total.
#pragma once

#include "rightsize/timeline.hpp"

namespace rightsize::detail {

// Adds "monthly_before_cents", "monthly_cents" and "monthly_change_cents" to each move of
// `events` (timeline_to_value's list, in the order of t.events) after month 1.
void add_move_costs(Value& events, const Timeline& t);

}  // namespace rightsize::detail
