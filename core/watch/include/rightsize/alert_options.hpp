// What a reader chooses on top of content/alerts.json when asking for alerts: the format, extra
// label matchers per source, the latency histogram's name, the stage pages' address. The CLI
// gives them as options (--format, --selector KIND=MATCHERS...), the watch module as an object;
// both check them here, in the same order and with the same sentences, and stop at the first
// problem. Errors name "format", "selectors", "latency_metric" (the CLI says its option instead).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rightsize/alerts.hpp"
#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

struct AlertOptions {
  std::string format;                                          // "prometheus" or "cloudformation"
  std::vector<std::pair<std::string, std::string>> selectors;  // source ("app"...), matchers
  std::string latency_metric;                                  // empty: content/alerts.json's
  std::string base_url;                                        // put before each stage page
};

// The module's options object {format, selectors?: {app, db, postgres, http}, latency_metric?,
// base_url?}; errors name the field ("selectors.app" for a matcher that is not text).
Result<AlertOptions> read_alert_options(const Value& options);

// Refuses a format other than the two; "is required" when none is given.
std::optional<FieldError> check_alert_format(const std::string& format);

// Applies the selectors, the latency metric and the address to `settings`.
std::optional<FieldError> apply_alert_options(AlertSettings& settings, const AlertOptions& options);

// The rule file or the template, for a format check_alert_format accepts.
std::string alerts_text(const Rulebook& rules, const AlertSettings& settings, const Metrics& metrics,
                        const std::string& format);

}  // namespace rightsize
