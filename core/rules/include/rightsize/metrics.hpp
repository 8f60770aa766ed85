// The measured metrics a recommendation reads, and their names in JSON and rules.json.
#pragma once

#include <optional>
#include <string_view>

#include "rightsize/result.hpp"
#include "rightsize/value.hpp"

namespace rightsize {

enum class Metric {
  users,
  current_stage,
  app_cpu_pct,
  db_cpu_pct,
  db_query_ms,
  p95_ms,
  pool_exhausted,
  repeated_reads,
  slow_changing_data,
  db_upgraded,
  at_max_instance,
  needs_redundancy
};
constexpr int kMetricCount = 12;

struct Metrics {
  double users = 0;  // monthly active users
  int current_stage = 1;
  std::optional<double> app_cpu_pct, db_cpu_pct, db_query_ms, p95_ms;
  bool pool_exhausted = false, repeated_reads = false, slow_changing_data = false, db_upgraded = false,
       at_max_instance = false, needs_redundancy = false;
};

std::optional<Metric> metric_from_name(std::string_view name);
const char* metric_name(Metric m);
bool is_boolean(Metric m);

// The value of a metric, with booleans as 1/0; none when the reader left a measurement out.
std::optional<double> metric_value(const Metrics& m, Metric metric);

// Validates a recommendation input document (see README for its fields).
Result<Metrics> read_metrics(const Value& input, int stage_count);

}  // namespace rightsize
