// Today's recommendation: which stage to be on, given measured metrics.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rightsize/result.hpp"
#include "rightsize/rulebook.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

struct Metrics {
  double users = 0;  // monthly active users
  int current_stage = 1;
  std::optional<double> app_cpu_pct, db_cpu_pct, db_query_ms, p95_ms;
  bool pool_exhausted = false, repeated_reads = false, slow_changing_data = false,
       db_upgraded = false, at_max_instance = false, needs_redundancy = false;
};

// The value of a named metric, with booleans as 1/0; none when the reader left it out.
std::optional<double> metric_value(const Metrics& m, const std::string& name);
bool is_boolean_metric(const std::string& name);
bool is_known_metric(const std::string& name);

struct FiredRule {
  const Rule* rule = nullptr;
  int stage = 0;  // for in-place rules, the stage the move happens within
  double value = 0;
};

struct Step {
  int from = 0, to = 0;
  std::string action, text;
};

struct Recommendation {
  int stage = 1;
  int current_stage = 1;
  int expected_stage = 1;  // the stage whose typical user range holds `users`
  std::string action;      // stay, split_database, add_cache, scale_up, scale_out
  std::string action_text;
  std::vector<FiredRule> fired;
  std::vector<Step> steps;
  std::vector<std::string> notes;
};

Recommendation recommend(const Rulebook& rules, const Metrics& metrics);

// Validates a recommendation input document (see README for its fields).
Result<Metrics> read_metrics(const Value& input, int stage_count);

// The result as the documented JSON shape (the CLI's output and the module's result).
Value recommendation_to_value(const Rulebook& rules, const Metrics& metrics, const Recommendation& r);

// Validate, recommend and serialise in one step: {"ok": true, "result": {...}} or the errors.
Value recommend_document(const Rulebook& rules, const Value& input);

}  // namespace rightsize
