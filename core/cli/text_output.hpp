// The --text form: the JSON result rendered for a person at a terminal.
#pragma once

#include <string>

#include "rightsize/value.hpp"

namespace rightsize::cli {

std::string recommendation_text(const Value& result);

}  // namespace rightsize::cli
