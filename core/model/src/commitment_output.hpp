// What a commitment does to a timeline, as the documented JSON shape: each month's share of
// the bill on commitment prices and its saving against on demand, the totals, and a warning
// when the fleet still changes within the commitment's year.
#pragma once

#include "rightsize/timeline.hpp"

namespace rightsize::detail {

// {"committed_cents", "on_demand_cents", "saving_cents", "committed_pct"} for one month.
Value commitment_month(const MonthState& m, const Catalogue& on_demand, const CommitmentInput& commitment);

// {"from_month", "offered", "term", "offers" | "text", the totals, "poor_bet", "warnings"}.
Value commitment_summary(const Timeline& t, const TimelineInput& in, const Rulebook& rules, const Catalogue& on_demand);

}  // namespace rightsize::detail
