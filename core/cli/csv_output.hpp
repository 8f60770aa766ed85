// The --csv form of a timeline: one row per month, costs in cents, one column per component.
#pragma once

#include <string>

#include "rightsize/value.hpp"

namespace rightsize::cli {

std::string timeline_csv(const Value& result);

}  // namespace rightsize::cli
