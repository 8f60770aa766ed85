// Growth is never known: many seeded paths around the expected growth give a band of
// monthly cost (P10, P50, P90) and the chance of being at each stage by each month.
#pragma once

#include <vector>

#include "rightsize/timeline.hpp"

namespace rightsize {

struct BandMonth {
  int month = 0;
  Cents p10 = 0, p50 = 0, p90 = 0;
  std::vector<double> p_stage;  // by stage, from the first
};

// Each path's monthly growth rate is the expected one plus growth_sd_pct percentage
// points times a standard normal draw, month by month.
std::vector<BandMonth> uncertainty_band(const Rulebook& rules, const Catalogue& c, const TimelineInput& in,
                                        const UncertaintyInput& u);

}  // namespace rightsize
