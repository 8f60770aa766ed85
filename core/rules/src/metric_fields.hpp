// Shared by every input that embeds the recommendation's fields (recommend, timeline).
#pragma once

#include "object_reader.hpp"
#include "rightsize/metrics.hpp"

namespace rightsize::detail {

// users is left at -1 when absent and not required.
void read_metric_fields(ObjectReader& r, int stage_count, Metrics& m, bool users_required);

}  // namespace rightsize::detail
