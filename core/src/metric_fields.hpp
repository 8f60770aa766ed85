// Shared by every input that embeds the recommendation's fields (recommend, timeline).
#pragma once

#include "object_reader.hpp"
#include "rightsize/recommend.hpp"

namespace rightsize::detail {

void read_metric_fields(ObjectReader& r, int stage_count, Metrics& m);

}  // namespace rightsize::detail
