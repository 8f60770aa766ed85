// The --csv forms: a timeline, one row per month, costs in cents, one column per component;
// a comparison, one row per month, each provider's stage and costs side by side.
#pragma once

#include <string>

#include "rightsize/value.hpp"

namespace rightsize::cli {

std::string timeline_csv(const Value& result);
std::string compare_csv(const Value& result);

}  // namespace rightsize::cli
