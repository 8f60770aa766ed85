// content/ files compiled into the CLI at build time, so the binary needs no data folder.
#pragma once

#include <string_view>
#include <vector>

namespace rightsize::cli {

struct EmbeddedFile {
  std::string_view name;  // e.g. "aws-us-east-1" for content/pricing/aws-us-east-1.json
  std::string_view text;
};

extern const std::string_view kRulesJson;
extern const std::string_view kAssumptionsJson;
extern const std::string_view kMeasureJson;
extern const std::string_view kCurrenciesJson;
extern const std::string_view kAlertsJson;
extern const std::string_view kPlanJson;
extern const std::vector<EmbeddedFile> kCatalogues;
extern const std::vector<EmbeddedFile> kServices;  // content/services/<name>.json

}  // namespace rightsize::cli
