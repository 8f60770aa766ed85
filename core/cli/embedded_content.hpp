// content/ files compiled into the CLI at build time, so the binary needs no data folder.
#pragma once

#include <string_view>

namespace rightsize::cli {

extern const std::string_view kRulesJson;

}  // namespace rightsize::cli
